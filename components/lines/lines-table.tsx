import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import { validation } from "@/components/lines/validation";
import { ResolutionRule } from "@/components/lines/resolution-rule";
import type { TLineRow } from "@/lib/reporting/line-types";
import { unitName } from "@/lib/factors/labels/units";
import { formatDecimal, formatNumber, formatPercent } from "@/lib/numbers/format";

export type TLineView = TLineRow & {
  activityName: string; // the activity's label, else its type's name
  detailHref: string;
  editHref: string | null; // only when the viewer may edit the activity
};

const lang = (locale: string) => (locale.startsWith("en") ? "en" : "fr");

function FactorCell({ line }: { line: TLineView }) {
  const t = useTranslations("lines");
  const locale = useLocale();
  const f = line.factor;
  const name = (lang(locale) === "en" ? (f.nameEn ?? f.nameFr) : f.nameFr) ?? f.id;
  return (
    <div className="min-w-0">
      <p className="break-words text-slate-900">{name}</p>
      <p className="text-xs text-slate-500">
        <code className="break-all">{f.id}</code>
        {f.version ? ` · ${t("release", { version: f.version })}` : ""}
      </p>
      <p className="text-xs text-slate-600 tabular-nums">
        {formatDecimal(f.value, locale)} kgCO2e/{unitName(f.unit, lang(locale))} ·{" "}
        {f.uncertaintyPct === null
          ? t("uncertaintyUnknown")
          : `± ${formatPercent(Number(f.uncertaintyPct) / 100, locale)}`}
      </p>
    </div>
  );
}

function People({ line }: { line: TLineView }) {
  const t = useTranslations("lines");
  return (
    <p className="text-xs text-slate-600">
      {t("enteredBy", { name: line.enteredBy ?? "—" })}
      <br />
      {validation(line, t)}
    </p>
  );
}

function EditLink({ line }: { line: TLineView }) {
  const t = useTranslations("lines");
  if (!line.editHref) return null;
  return (
    <Link
      href={line.editHref}
      className="inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
      data-testid="line-edit"
    >
      <Pencil aria-hidden className="size-3.5" />
      {t("edit")}
    </Link>
  );
}

// The lines as a table on wide screens and as cards on a phone (no sideways scroll of the page).
export function LinesTable({ lines }: { lines: TLineView[] }) {
  const t = useTranslations("lines");
  const locale = useLocale();
  const kg = (line: TLineView) => formatNumber(line.kgCO2e, locale, 2);
  const quantity = (line: TLineView) =>
    `${formatNumber(line.quantity, locale, 3)} ${unitName(line.factor.unit, lang(locale))}`;
  const activity = (line: TLineView) => (
    <Link href={line.detailHref} className="font-medium text-brand-700 hover:underline" data-testid="line-link">
      {line.activityName}
    </Link>
  );
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("tableLabel")}>
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2.5">
                {t("columns.activity")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t("columns.quantity")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("columns.factor")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("columns.rule")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                kgCO2e
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("columns.people")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lines.map((line) => (
              <tr key={line.id} className="align-top" data-testid="line-row">
                <td className="max-w-56 px-3 py-3">
                  {activity(line)}
                  <div className="mt-1">
                    <EditLink line={line} />
                  </div>
                </td>
                <td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">{quantity(line)}</td>
                <td className="max-w-72 px-3 py-3">
                  <FactorCell line={line} />
                </td>
                <td className="max-w-56 px-3 py-3 text-xs text-slate-700">
                  <ResolutionRule rule={line.resolutionRule} />
                </td>
                <td className="whitespace-nowrap px-3 py-3 text-right font-semibold tabular-nums" data-kg={line.kgCO2e}>
                  {kg(line)}
                </td>
                <td className="px-3 py-3">
                  <People line={line} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden" aria-label={t("tableLabel")}>
        {lines.map((line) => (
          <li
            key={line.id}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid="line-card"
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">{activity(line)}</div>
              <p className="shrink-0 text-right font-semibold tabular-nums">
                {kg(line)} <span className="text-xs font-normal text-slate-500">kgCO2e</span>
              </p>
            </div>
            <p className="mt-1 text-xs text-slate-600 tabular-nums">{quantity(line)}</p>
            <div className="mt-2 text-sm">
              <FactorCell line={line} />
            </div>
            <div className="mt-2 text-xs text-slate-700">
              <ResolutionRule rule={line.resolutionRule} />
            </div>
            <div className="mt-2 flex items-end justify-between gap-3">
              <People line={line} />
              <EditLink line={line} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
