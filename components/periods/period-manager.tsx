"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { FormError } from "@/components/forms/form-error";
import { PeriodCreateForm } from "@/components/periods/period-create-form";
import { PeriodEditForm } from "@/components/periods/period-edit-form";
import { PeriodCalcSettingsForm } from "@/components/periods/period-calc-settings-form";
import { PeriodFiguresForm } from "@/components/periods/period-figures-form";
import { PeriodStatus } from "@/components/periods/period-status";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import {
  createPeriodAction,
  deletePeriodAction,
  recomputePeriodAction,
  setPeriodLockedAction,
  updatePeriodAction,
  updatePeriodCalcSettingsAction,
  updatePeriodFiguresAction,
} from "@/app/actions/periods";
import type { PeriodRow } from "@/lib/periods/queries";
import type { TPeriodCreate, TPeriodUpdate } from "@/lib/periods/schemas";
import { formatDate } from "@/lib/numbers/format";

type Props = {
  orgSlug: string;
  job?: React.ReactNode; // the latest recalculation's progress, when one runs or failed
  periods: PeriodRow[];
  fiscalYearStartMonth: number;
  canManage: boolean;
  canLock: boolean;
};

// The year after the latest period, or last year for a first bilan (usually the last complete year).
function suggestYear(periods: PeriodRow[]): number {
  return periods.length ? Math.max(...periods.map((p) => p.year)) + 1 : new Date().getFullYear() - 1;
}

export function PeriodManager({ orgSlug, periods, fiscalYearStartMonth, canManage, canLock, job }: Props) {
  const t = useTranslations("periods");
  const tc = useTranslations("common");
  const locale = useLocale();
  const tcs = useTranslations("calcSettings");
  const { editing, setEditing, current, done, error, run } = useRecordEditor(periods);
  const [settingsOf, setSettingsOf] = useState<string | null>(null);
  const settingsPeriod = settingsOf ? periods.find((p) => p.id === settingsOf) : undefined;
  const closeSettings = () => {
    setSettingsOf(null);
    done();
  };
  const day = (iso: string) => formatDate(iso, locale); // calendar days: never moved by a time zone

  return (
    <div>
      <div className="mb-4 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {canManage && !editing ? <Button onClick={() => setEditing("new")}>{t("add")}</Button> : null}
      </div>
      <FormError message={error} />
      {job ? <div className="mb-4">{job}</div> : null}
      {editing === "new" ? (
        <PeriodCreateForm
          suggestedYear={suggestYear(periods)}
          fiscalYearStartMonth={fiscalYearStartMonth}
          onDone={done}
          submit={(v: TPeriodCreate) => createPeriodAction(orgSlug, v)}
        />
      ) : null}
      {current ? (
        <PeriodEditForm
          key={current.id}
          title={t("edit", { label: current.label })}
          onDone={done}
          initial={{ label: current.label, startDate: current.startDate, endDate: current.endDate }}
          submit={(v: TPeriodUpdate) => updatePeriodAction(orgSlug, { id: current.id, values: v })}
        />
      ) : null}
      {current ? (
        <PeriodFiguresForm
          key={`figures-${current.id}`}
          title={t("figures.title", { label: current.label })}
          onDone={done}
          initial={{ headcount: current.headcount, annualRevenueEur: current.annualRevenueEur }}
          submit={(v) => updatePeriodFiguresAction(orgSlug, { id: current.id, values: v })}
        />
      ) : null}
      {settingsPeriod ? (
        <PeriodCalcSettingsForm
          key={settingsPeriod.id}
          title={tcs("title", { label: settingsPeriod.label })}
          onDone={closeSettings}
          initial={{
            gwpSet: settingsPeriod.gwpSet,
            includeContrails: settingsPeriod.includeContrails,
            capitalGoodsMethod: settingsPeriod.capitalGoodsMethod,
          }}
          submit={(v) => updatePeriodCalcSettingsAction(orgSlug, { id: settingsPeriod.id, values: v })}
        />
      ) : null}
      {periods.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table label={t("title")}>
          <thead>
            <tr>
              <Th>{t("label")}</Th>
              <Th className="hidden sm:table-cell">{t("year")}</Th>
              <Th className="hidden md:table-cell">{t("dates")}</Th>
              <Th className="hidden sm:table-cell">{t("statusLabel")}</Th>
              {canManage || canLock ? <Th className="text-right">{tc("actions")}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {periods.map((period) => {
              const open = period.status === "OPEN";
              return (
                <tr key={period.id}>
                  <Td className="sm:min-w-[10rem]">
                    <span className="font-medium">{period.label}</span>
                    {/* On a phone the dates and status columns are left out: they show here. */}
                    <span className="block text-xs text-slate-600 md:hidden">
                      {t("range", { start: day(period.startDate), end: day(period.endDate) })}
                    </span>
                    <span className="my-1 block sm:hidden">
                      <PeriodStatus period={period} />
                    </span>
                    <span className="block text-xs text-slate-500" data-testid="period-calc-settings">
                      {tcs("summary", {
                        gwp: period.gwpSet,
                        contrails: period.includeContrails ? "yes" : "no",
                        capital: period.capitalGoodsMethod,
                      })}
                    </span>
                  </Td>
                  <Td className="hidden tabular-nums sm:table-cell">{period.year}</Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">
                    {t("range", { start: day(period.startDate), end: day(period.endDate) })}
                  </Td>
                  <Td className="hidden sm:table-cell">
                    <PeriodStatus period={period} />
                  </Td>
                  {canManage || canLock ? (
                    <Td className="text-right">
                      <div className="flex flex-wrap justify-end gap-1">
                        {canManage && open ? (
                          <>
                            <Button size="sm" variant="secondary" onClick={() => setEditing(period.id)}>
                              {tc("edit")}
                            </Button>
                            <Button
                              size="sm"
                              variant="secondary"
                              aria-label={tcs("open", { label: period.label })}
                              onClick={() => {
                                setEditing(null);
                                setSettingsOf(period.id);
                              }}
                            >
                              {tcs("button")}
                            </Button>
                            <ConfirmButton
                              variant="secondary"
                              label={t("recompute.button")}
                              confirmLabel={t("recompute.confirm")}
                              onConfirm={() => run(recomputePeriodAction(orgSlug, { id: period.id }))}
                            />
                            <ConfirmButton
                              label={tc("delete")}
                              confirmLabel={tc("confirmDelete")}
                              onConfirm={() => run(deletePeriodAction(orgSlug, { id: period.id }))}
                            />
                          </>
                        ) : null}
                        {canLock ? (
                          <ConfirmButton
                            variant="secondary"
                            label={open ? t("lock") : t("unlock")}
                            confirmLabel={open ? t("confirmLock") : t("confirmUnlock")}
                            onConfirm={() => run(setPeriodLockedAction(orgSlug, { id: period.id, locked: open }))}
                          />
                        ) : null}
                      </div>
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </div>
  );
}
