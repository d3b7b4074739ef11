import Decimal from "decimal.js";
import type { TDashboardYoy } from "@/lib/dashboard/year-over-year";
import { decimalCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportT } from "@/lib/exports/messages";
import { KG_FORMAT, SHARE_FORMAT, type TExportTable } from "@/lib/exports/table";
import type { TYoyFigures } from "@/lib/reporting/year-over-year";

// The dashboard's year-over-year table as an export: per category of the chosen view and for the whole
// inventory, E₀, E₁, Δ, % and the split into activity, factor and perimeter effects, as lib/reporting
// computed them. The reporting layer's activity effect includes the perimeter; like the screen, the file
// shows them apart (activity − perimeter, exact), so the three effects add up to Δ.

const kg = (value: string) => decimalCell(value);

function figures(f: TYoyFigures): TExportValue[] {
  const before = Number(f.fromKg);
  return [
    kg(f.fromKg),
    kg(f.toKg),
    kg(f.deltaKg),
    before !== 0 ? Number(f.deltaKg) / before : null,
    kg(new Decimal(f.activityKg).minus(f.perimeterKg).toFixed()),
    kg(f.factorKg),
    kg(f.perimeterKg),
  ];
}

export function yoyTable(yoy: TDashboardYoy | null, t: TExportT, categoryName: (key: string) => string): TExportTable {
  const c = (key: string, values?: Record<string, string>) => t(`exports.columns.${key}`, values);
  const number = (header: string, format = KG_FORMAT) => ({ header, kind: "number" as const, format, width: 20 });
  return {
    sheet: t("exports.tables.yoy"),
    columns: [
      { header: c("category"), kind: "text", width: 44 },
      number(c("period", { period: yoy?.from.label ?? "" })),
      number(c("period", { period: yoy?.to.label ?? "" })),
      number(c("change", { period: yoy?.from.label ?? "" })),
      number(c("changePct", { period: yoy?.from.label ?? "" }), SHARE_FORMAT),
      number(c("activityEffect")),
      number(c("factorEffect")),
      number(c("perimeterEffect")),
    ],
    rows: yoy
      ? [...yoy.rows.map((r) => [categoryName(r.key), ...figures(r)]), [t("exports.rows.total"), ...figures(yoy.total)]]
      : [],
  };
}
