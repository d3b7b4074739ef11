"use client";

import { useTranslations } from "next-intl";
import { Badge, Card } from "@/components/ui/card";
import { controlClass } from "@/components/ui/field";
import { formatAmount } from "@/lib/numbers/format";
import type { TFecAccountChoice } from "@/lib/imports/fec/to-import";
import type { TFecTreatment } from "@/lib/imports/fec/default-mapping";

type TLabelled = { id: string; labelFr: string; labelEn: string };
export type TFecChoices = { categories: (TLabelled & { kind: "goods" | "services" })[]; purposes: TLabelled[] };
export type TFecEdit = {
  account: string;
  treatment: TFecTreatment;
  ratioCategory: string | null;
  purpose: string | null;
};

const TREATMENTS: TFecTreatment[] = ["mapped", "excluded", "outOfScope"];
export const labelOf = (item: TLabelled, locale: string) => (locale === "fr" ? item.labelFr : item.labelEn);

type Props = {
  accounts: TFecAccountChoice[];
  choices: TFecChoices;
  locale: string;
  pending: boolean;
  onEdit: (edit: TFecEdit) => void;
  onReset: (account: string) => void;
};

// Every account of the FEC with its net spend and its treatment, editable: one row per account on a wide
// screen, one card per account on a phone (the same markup, laid out by the grid).
export function FecAccounts({ accounts, choices, locale, pending, onEdit, onReset }: Props) {
  const t = useTranslations("imports.fec");
  if (accounts.length === 0) return <Card>{t("noAccounts")}</Card>;
  const byLabel = (a: TLabelled, b: TLabelled) => labelOf(a, locale).localeCompare(labelOf(b, locale), locale);
  const groups = (["goods", "services"] as const).map((kind) => ({
    kind,
    items: choices.categories.filter((c) => c.kind === kind).sort(byLabel),
  }));
  const cols =
    "md:grid md:grid-cols-[minmax(0,1.3fr)_8rem_8rem_minmax(0,2.3fr)_minmax(0,1.5fr)] md:items-center md:gap-3";
  return (
    <Card className="p-0">
      <h2 className="px-5 pt-5 text-lg font-semibold text-slate-900">{t("accountsTitle")}</h2>
      <div
        className={`mt-3 hidden border-b border-slate-200 px-5 pb-2 text-xs font-medium uppercase tracking-wide text-slate-500 ${cols}`}
        aria-hidden
      >
        <span>{t("account")}</span>
        <span className="text-right">{t("net")}</span>
        <span>{t("treatment")}</span>
        <span>{t("ratioCategory")}</span>
        <span>{t("purpose")}</span>
      </div>
      <ul className="divide-y divide-slate-100">
        {accounts.map((a) => {
          const save = (patch: Partial<TFecEdit>) =>
            onEdit({
              account: a.account,
              treatment: a.treatment,
              ratioCategory: a.ratioCategory,
              purpose: a.purpose,
              ...patch,
            });
          const mapped = a.treatment === "mapped";
          return (
            <li
              key={a.account}
              data-testid={`fec-account-${a.account}`}
              className={`space-y-2 px-5 py-3 md:space-y-0 ${cols}`}
            >
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {a.account} <span className="font-normal text-slate-700">{a.label}</span>
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  {a.source === "organization" ? (
                    <>
                      <Badge tone="blue">{t("ownChoice")}</Badge>
                      <button
                        type="button"
                        className="underline hover:text-slate-800"
                        disabled={pending}
                        aria-label={t("resetFor", { account: a.account })}
                        onClick={() => onReset(a.account)}
                      >
                        {t("reset")}
                      </button>
                    </>
                  ) : (
                    <span>{t("defaultChoice", { prefix: a.defaultPrefix ?? "—" })}</span>
                  )}
                  {a.doubleCounting ? <Badge tone="amber">{t("covered")}</Badge> : null}
                </p>
              </div>
              <p className="text-sm tabular-nums text-slate-900 md:text-right">{formatAmount(a.net, "EUR", locale)}</p>
              <select
                aria-label={t("treatmentFor", { account: a.account })}
                className={controlClass(false)}
                value={a.treatment}
                disabled={pending}
                onChange={(e) => {
                  const treatment = e.target.value as TFecTreatment;
                  // Mapping an account that had no category starts from the first of each list.
                  save({
                    treatment,
                    ratioCategory: a.ratioCategory ?? groups[1]?.items[0]?.id ?? null,
                    purpose: a.purpose ?? choices.purposes[1]?.id ?? null,
                  });
                }}
              >
                {TREATMENTS.map((x) => (
                  <option key={x} value={x}>
                    {t(x)}
                  </option>
                ))}
              </select>
              <select
                aria-label={t("ratioCategoryFor", { account: a.account })}
                className={`${controlClass(false)} ${mapped ? "" : "max-md:hidden"}`}
                value={a.ratioCategory ?? ""}
                disabled={pending || !mapped}
                onChange={(e) => save({ ratioCategory: e.target.value })}
              >
                {mapped ? null : <option value="">—</option>}
                {groups.map((g) => (
                  <optgroup key={g.kind} label={t(g.kind)}>
                    {g.items.map((c) => (
                      <option key={c.id} value={c.id}>
                        {labelOf(c, locale)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <select
                aria-label={t("purposeFor", { account: a.account })}
                className={`${controlClass(false)} ${mapped ? "" : "max-md:hidden"}`}
                value={a.purpose ?? ""}
                disabled={pending || !mapped}
                onChange={(e) => save({ purpose: e.target.value })}
              >
                {mapped ? null : <option value="">—</option>}
                {choices.purposes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {labelOf(p, locale)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
