import "server-only";
import type { Db } from "@/lib/db/client";
import { loadOverviewSection } from "@/lib/dashboard/section";
import { factorAttributions } from "@/lib/exports/attributions";
import { toCsv } from "@/lib/exports/csv";
import { dashboardTable, type TDashboardTable } from "@/lib/exports/dashboard-tables";
import { CSV_TYPE, fileNamePart, XLSX_TYPE } from "@/lib/exports/download";
import { exportTranslator, type TExportLocale } from "@/lib/exports/messages";
import { indicatorsTable } from "@/lib/exports/indicators-table";
import { tableToXlsx } from "@/lib/exports/xlsx";
import { periodIndicators } from "@/lib/reporting/other-indicators";

// One dashboard table as a file: the same query the dashboard reads from its address (period, basis,
// scope2, view; bad values fall back to the dashboard's defaults), the same figures (loadOverviewSection),
// and for XLSX the notes sheet with that state and the factor releases behind the figures.

export type TDashboardExport = { body: Uint8Array<ArrayBuffer>; fileName: string; contentType: string };

export async function dashboardExport(
  db: Db,
  scope: { organization: { id: string; slug: string; name: string }; userEmail: string },
  request: {
    table: TDashboardTable;
    format: "csv" | "xlsx";
    searchParams: Record<string, string | undefined>;
    locale: TExportLocale;
  },
  now = new Date(),
): Promise<TDashboardExport | null> {
  const organizationId = scope.organization.id;
  const [periods, organization] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { organizationId },
      orderBy: { year: "desc" },
      select: { id: true, year: true, label: true },
    }),
    db.organization.findFirst({ where: { id: organizationId }, select: { baseYear: true } }),
  ]);
  if (periods.length === 0 || !organization) return null;
  const section = await loadOverviewSection(db, organizationId, periods, organization.baseYear, request.searchParams);
  const period = periods.find((p) => p.id === section.query.period) as (typeof periods)[number];
  const t = exportTranslator(request.locale);
  const table =
    request.table === "indicators"
      ? indicatorsTable(await periodIndicators(db, organizationId, period.id), t)
      : dashboardTable(request.table, section, t, request.locale);
  const name = [
    "albedo",
    scope.organization.slug,
    fileNamePart(period.label),
    fileNamePart(t(`exports.tables.${request.table}`).toLowerCase()),
  ].join("_");
  if (request.format === "csv") {
    return {
      body: new TextEncoder().encode(toCsv(table, request.locale)),
      fileName: `${name}.csv`,
      contentType: CSV_TYPE,
    };
  }
  const attributions = await factorAttributions(db, organizationId, period.id, section.query.basis);
  const body = await tableToXlsx(
    table,
    {
      organization: scope.organization.name,
      period: period.label,
      basis: section.query.basis,
      scope2: section.query.scope2,
      view: ["categories", "comparison", "yoy"].includes(request.table) ? section.query.view : null,
      filters: null,
      generatedAt: now,
      generatedBy: scope.userEmail,
      attributions,
    },
    t,
  );
  return { body: new Uint8Array(body), fileName: `${name}.xlsx`, contentType: XLSX_TYPE };
}
