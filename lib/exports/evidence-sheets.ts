import type { TEvidenceFactor } from "@/lib/exports/evidence-factors";
import type { TEvidenceLine } from "@/lib/exports/evidence-lines";
import { decimalCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportT } from "@/lib/exports/messages";
import { KG_FORMAT, type TExportColumn } from "@/lib/exports/table";

// Columns and rows of the evidence pack's sheets (pure): line → activity → factor → source and licence.

const text = (header: string, width = 16): TExportColumn => ({ header, kind: "text", width });
const num = (header: string, format = "#,##0.######", width = 16): TExportColumn => ({
  header,
  kind: "number",
  format,
  width,
});

export function lineColumns(t: TExportT): TExportColumn[] {
  const c = (key: string) => t(`exports.pack.columns.${key}`);
  return [
    text(c("lineId"), 26),
    num(c("scope"), "0", 8),
    num(c("ghgCategory"), "0", 10),
    text(c("begesPoste"), 10),
    text(c("stage"), 12),
    num(c("kgCO2e"), KG_FORMAT, 16),
    num(c("marketKgCO2e"), KG_FORMAT, 16),
    num(c("biogenicKg"), KG_FORMAT, 14),
    num(c("uncertaintyPct"), "0.##", 12),
    num(c("lineQuantity")),
    text(c("factorUnit"), 12),
    text(c("resolutionRule"), 16),
    text(c("activityId"), 26),
    text(c("activityType"), 28),
    text(c("label"), 30),
    num(c("quantity")),
    text(c("unit"), 10),
    text(c("site"), 20),
    text(c("product"), 20),
    text(c("status"), 12),
    text(c("enteredBy"), 26),
    text(c("validatedBy"), 26),
    text(c("factorId"), 26),
    text(c("factorName"), 40),
    num(c("factorValue")),
    text(c("factorUnit"), 14),
    num(c("factorUncertaintyPct"), "0.##", 12),
    text(c("source"), 12),
    text(c("release"), 10),
    text(c("licence"), 24),
  ];
}

export type TLineNames = {
  site: (id: string | null) => string | null;
  product: (id: string | null) => string | null;
  user: (id: string | null) => string | null;
  status: (status: string) => string;
};

export function lineRow(line: TEvidenceLine, factor: TEvidenceFactor, names: TLineNames): TExportValue[] {
  return [
    line.id,
    line.scope,
    line.ghgCategory,
    line.begesPoste,
    line.stage,
    decimalCell(line.kgCO2e),
    decimalCell(line.marketKgCO2e),
    decimalCell(line.co2b),
    decimalCell(line.uncertaintyPct),
    decimalCell(line.lineQuantity),
    line.factorUnit,
    line.resolutionRule,
    line.activityId,
    line.activityTypeId,
    line.label,
    decimalCell(line.quantity),
    line.unit,
    names.site(line.siteId),
    names.product(line.productId),
    names.status(line.status),
    names.user(line.createdById),
    line.status === "VALIDATED" ? names.user(line.statusChangedById) : null,
    line.factorId,
    factor.name,
    decimalCell(line.factorValue), // the value the engine used, as stored on the line
    factor.unit,
    decimalCell(factor.uncertaintyPct),
    factor.source,
    factor.release,
    factor.licence,
  ];
}

export function factorColumns(t: TExportT): TExportColumn[] {
  const c = (key: string) => t(`exports.pack.columns.${key}`);
  return [
    text(c("factorId"), 28),
    text(c("factorName"), 48),
    num(c("factorValue")),
    text(c("factorUnit"), 16),
    num(c("factorUncertaintyPct"), "0.##", 12),
    text(c("source"), 12),
    text(c("release"), 12),
    text(c("publisher"), 24),
    text(c("licence"), 28),
    text(c("attribution"), 60),
    num(t("exports.notes.lines"), "#,##0", 10),
  ];
}

export function factorRow(f: TEvidenceFactor): TExportValue[] {
  return [
    f.id,
    f.name,
    decimalCell(f.value),
    f.unit,
    decimalCell(f.uncertaintyPct),
    f.source,
    f.release,
    f.publisher,
    f.licence,
    f.attribution,
    f.lines,
  ];
}
