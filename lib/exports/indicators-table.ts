import { decimalCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportT } from "@/lib/exports/messages";
import type { TExportTable } from "@/lib/exports/table";
import type { TPeriodIndicators } from "@/lib/reporting/other-indicators";

// The period's other environmental indicators (ADP, primary energy and any other Boavizta criterion) as an
// export: one row per criterion × phase as the tools printed them, then the resources they cover and those
// not assessed. Kept apart from the carbon tables: these figures are never added to the GHG total.

// Values span from 1e-9 kgSbeq to thousands of MJ: Excel's General format shows both readably.
const VALUE_FORMAT = "General";

export function indicatorsTable(data: TPeriodIndicators, t: TExportT): TExportTable {
  const c = (key: string) => t(`exports.columns.${key}`);
  const r = (key: string) => t(`exports.rows.${key}`);
  const name = (criterion: string) =>
    t.has(`imports.boavizta.criteria.${criterion}`)
      ? t(`imports.boavizta.criteria.${criterion}`)
      : criterion.toUpperCase();
  const phase = (key: string) => (t.has(`exports.phases.${key}`) ? t(`exports.phases.${key}`) : key);
  const rows: TExportValue[][] = data.rows.map((row) => [
    name(row.criterion),
    row.criterion,
    phase(row.phase),
    decimalCell(row.value),
    row.unit,
    row.resources,
  ]);
  if (data.resources > 0) {
    rows.push([r("indicatorResources"), null, null, null, null, data.resources]);
    rows.push([r("indicatorNotAssessed"), null, null, null, null, data.notAssessed]);
  }
  return {
    sheet: t("exports.tables.indicators"),
    columns: [
      { header: c("indicator"), kind: "text", width: 36 },
      { header: c("key"), kind: "text", width: 10 },
      { header: c("phase"), kind: "text", width: 18 },
      { header: c("value"), kind: "number", format: VALUE_FORMAT, width: 20 },
      { header: c("unit"), kind: "text", width: 14 },
      { header: c("resources"), kind: "number", format: "#,##0", width: 12 },
    ],
    rows,
  };
}
