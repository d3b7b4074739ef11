"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { labelOf, type TFecChoices } from "@/components/imports/fec-accounts";
import { formatAmount, formatEmission, formatPercent, unitFor } from "@/lib/numbers/format";
import type { TFecPreview } from "@/lib/imports/fec/preview-types";
import type { TImportRowError } from "@/lib/imports/types";

/** The shares of the spend mapped, excluded and out of scope, and the double-counting warning. */
export function FecShares({ totals, locale }: { totals: Record<string, string>; locale: string }) {
  const t = useTranslations("imports.fec");
  const parts = [
    ["mapped", totals.spendMapped, totals.shareMapped, "bg-emerald-500"],
    ["excluded", totals.spendExcluded, totals.shareExcluded, "bg-slate-400"],
    ["outOfScope", totals.spendOutOfScope, totals.shareOutOfScope, "bg-slate-200"],
  ] as const;
  const doubled = (totals.doubleCounting ?? "").split(",").filter(Boolean);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("sharesTitle")}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {t("total", { amount: formatAmount(totals.spendTotal ?? "0", "EUR", locale) })}
      </p>
      <div className="mt-3 flex h-3 overflow-hidden rounded-full bg-slate-100" aria-hidden>
        {parts.map(([key, , share, color]) => (
          <div key={key} className={color} style={{ width: `${Math.max(0, Number(share ?? 0)) * 100}%` }} />
        ))}
      </div>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        {parts.map(([key, amount, share, color]) => (
          <div key={key} className="flex items-start gap-2">
            <span className={`mt-1.5 size-2.5 shrink-0 rounded-full ${color}`} aria-hidden />
            <div>
              <dt className="font-medium text-slate-800">{t(key)}</dt>
              <dd className="text-slate-600 tabular-nums">
                {t("shareLine", {
                  amount: formatAmount(amount ?? "0", "EUR", locale),
                  share: formatPercent(Number(share ?? 0), locale),
                })}
              </dd>
            </div>
          </div>
        ))}
      </dl>
      {doubled.length > 0 ? (
        <p
          role="alert"
          className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("doubleCounting", { accounts: doubled.join(", "), count: doubled.length })}
        </p>
      ) : null}
    </Card>
  );
}

/** The spend rows the import would write, with the kgCO2e the engine computes for each. */
export function FecRows({ preview, choices, locale }: { preview: TFecPreview; choices: TFecChoices; locale: string }) {
  const t = useTranslations();
  if (preview.rows.length === 0) return null;
  const unit = unitFor([preview.kgCO2e]);
  const emission = (kg: string) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "tCO2e" : "kgCO2e"}`;
  const rows = [...preview.rows].sort((a, b) => a.label.localeCompare(b.label, locale, { numeric: true }));
  const category = (id: string) => choices.categories.find((c) => c.id === id);
  const purpose = (id: string) => choices.purposes.find((p) => p.id === id);
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-lg font-semibold text-slate-900">{t("imports.fec.rowsTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("imports.fec.rowsTotal", { count: preview.rows.length, kg: emission(preview.kgCO2e) })}
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {preview.kgByGhgCategory.map((c) => (
            <li key={String(c.ghgCategory)}>
              {t("imports.fec.ghgCategory", { category: c.ghgCategory ?? "—" })}:{" "}
              <span className="tabular-nums">{emission(c.kgCO2e)}</span>
            </li>
          ))}
        </ul>
      </div>
      <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-200">
        {rows.map((r) => {
          const c = category(r.ratioCategory);
          const p = purpose(r.purpose);
          return (
            <li
              key={r.row}
              className="grid grid-cols-2 gap-1 px-5 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_9rem_10rem] sm:items-center sm:gap-3"
            >
              <div className="col-span-2 min-w-0 sm:col-span-1">
                <p className="font-medium text-slate-900">{r.label}</p>
                <p className="text-xs text-slate-500">
                  {c ? labelOf(c, locale) : r.ratioCategory} · {p ? labelOf(p, locale) : r.purpose}
                </p>
              </div>
              <p className="tabular-nums text-slate-700 sm:text-right">
                <span className="sr-only">{t("imports.fec.quantity")}: </span>
                {formatAmount(r.quantity, "EUR", locale)}
              </p>
              <p className="text-right font-medium tabular-nums text-slate-900">
                <span className="sr-only">{t("imports.fec.emissions")}: </span>
                {r.preview.ok
                  ? emission(r.preview.kgCO2e)
                  : t("imports.fec.rowError", {
                      message: r.preview.errors.map((e) => t(e.message as never)).join(" "),
                    })}
              </p>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/** The file's problems, each with its line. */
export function FecErrors({ errors }: { errors: TImportRowError[] }) {
  const t = useTranslations();
  if (errors.length === 0) return null;
  return (
    <Card className="border-red-200">
      <h2 className="text-lg font-semibold text-red-800">{t("imports.fec.errorsTitle")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("imports.fec.errorsNote")}</p>
      <ul className="mt-3 space-y-1 text-sm text-slate-800">
        {errors.map((e, i) => (
          <li key={i}>
            {e.row !== null ? <span className="font-medium">{t("imports.fec.line", { row: e.row })} </span> : null}
            {e.column ? (
              <span className="text-slate-500">({t("imports.fec.column", { column: e.column })}) </span>
            ) : null}
            {t(e.message as never, e.values as never)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
