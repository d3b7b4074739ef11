import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { TDashboardTable } from "@/lib/exports/dashboard-tables";

type Props = {
  orgSlug: string;
  query: { period: string; basis: "validated" | "submitted"; scope2: "location" | "market"; view: "ghg" | "beges" };
  against?: "previous" | "base" | null; // the year-over-year comparison shown, carried to its export
  periodLabel: string;
  tables: readonly TDashboardTable[];
};

// Download links for the overview's tables, carrying the dashboard's current choices (period, basis,
// scope 2 method, classification view) so each file holds exactly the figures on the screen.
export function ExportLinks({ orgSlug, query, against, periodLabel, tables }: Props) {
  const t = useTranslations("exports");
  const td = useTranslations("dashboard");
  const href = (table: TDashboardTable, format: "csv" | "xlsx") =>
    `/${orgSlug}/exports/${table}?${new URLSearchParams({ format, ...query, ...(against ? { against } : {}) })}`;
  return (
    <Card className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <p className="mt-0.5 text-xs text-slate-500">
        {t("caption", {
          period: periodLabel,
          basis: td(query.basis === "validated" ? "controls.validated" : "controls.submitted"),
          scope2: td(query.scope2 === "location" ? "basisLocation" : "basisMarket"),
        })}
      </p>
      <ul className="mt-3 divide-y divide-slate-100" data-testid="export-links">
        {tables.map((table) => (
          <li key={table} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-3 py-2">
            <span className="text-sm text-slate-800">
              {t(`tables.${table}`)}
              {table === "categories" || table === "yoy" ? (
                <span className="text-slate-500">
                  {" "}
                  · {td(query.view === "ghg" ? "controls.ghg" : "controls.beges")}
                </span>
              ) : null}
              {table === "indicators" ? (
                <span className="mt-0.5 block text-xs text-slate-500">{t("indicatorsHint")}</span>
              ) : null}
            </span>
            <span className="flex gap-2">
              {(["csv", "xlsx"] as const).map((format) => (
                <a
                  key={format}
                  href={href(table, format)}
                  download
                  className={buttonClass("secondary", "sm")}
                  aria-label={t("buttonLabel", { table: t(`tables.${table}`), format: format.toUpperCase() })}
                  data-testid={`export-${table}-${format}`}
                >
                  <Download aria-hidden className="size-4" />
                  {format.toUpperCase()}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
