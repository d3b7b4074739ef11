"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import { defaultPeriodDates, defaultPeriodLabel } from "@/lib/periods/dates";
import { MAX_YEAR, MIN_YEAR, ZPeriodCreate, type TPeriodCreate } from "@/lib/periods/schemas";

type Values = z.input<typeof ZPeriodCreate>;
type Props = {
  suggestedYear: number;
  fiscalYearStartMonth: number;
  submit: (values: TPeriodCreate) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

export function PeriodCreateForm({ suggestedYear, fiscalYearStartMonth, submit, onDone }: Props) {
  const t = useTranslations("periods");
  const tc = useTranslations("common");
  const defaultsFor = (year: number) => ({
    label: defaultPeriodLabel(year, fiscalYearStartMonth, t("fiscalYearPrefix")),
    ...defaultPeriodDates(year, fiscalYearStartMonth),
  });
  const initial: Values = { year: String(suggestedYear), ...defaultsFor(suggestedYear) };
  const { form, bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZPeriodCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });

  // Label and dates follow the year until the user edits them by hand.
  const followYear = (raw: string) => {
    const year = Number(raw);
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return;
    for (const [name, value] of Object.entries(defaultsFor(year)) as [keyof Values, string][]) {
      if (!form.getFieldState(name).isDirty) form.setValue(name, value);
    }
  };

  return (
    <Card className="mb-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("add")}>
        <h2 className="text-base font-semibold">{t("add")}</h2>
        <p className="text-sm text-slate-600">{t("defaultsHint")}</p>
        <FormError message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            bind={bind}
            name="year"
            id="period-year"
            label={t("year")}
            inputMode="numeric"
            registerOptions={{ onChange: (e) => followYear(e.target.value) }}
          />
          <FormField bind={bind} name="label" id="period-label" label={t("label")} />
          <FormField bind={bind} name="startDate" id="period-start" label={t("startDate")} type="date" />
          <FormField bind={bind} name="endDate" id="period-end" label={t("endDate")} type="date" />
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={submitting}>
            {tc("create")}
          </Button>
          <Button variant="ghost" onClick={onDone}>
            {tc("cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
