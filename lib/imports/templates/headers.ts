// The header row decides everything: which template (the activity-type column is named after its
// category), which language (the type column's), and which file column holds which template column.
// Headers are recognised in either language; an unknown, repeated or missing column is a file error.
import type { TImportLanguage, TImportRowError } from "@/lib/imports/types";
import { importTemplates, type TTemplate, type TTemplateColumnDef } from "./definitions";
import { normalizeHeader } from "./normalize";
import { cellText, type TCell } from "./cells";

export type TColumnMap = {
  template: TTemplate;
  language: TImportLanguage;
  /** For each file column (by position), the template column it fills, or null for an empty header. */
  columns: Array<{ def: TTemplateColumnDef; header: string } | null>;
};

export type THeaderResult = { ok: true; map: TColumnMap } | { ok: false; errors: TImportRowError[] };

export const headerOf = (def: TTemplateColumnDef, language: TImportLanguage) =>
  language === "fr" ? def.headerFr : def.headerEn;

function detect(headers: string[]): { template: TTemplate; language: TImportLanguage } | null {
  for (const template of importTemplates().values()) {
    const type = template.columns[0] as TTemplateColumnDef;
    for (const language of ["fr", "en"] as const)
      if (headers.includes(normalizeHeader(headerOf(type, language)))) return { template, language };
  }
  return null;
}

export function mapHeaders(row: number, cells: TCell[]): THeaderResult {
  const written = cells.map((c) => cellText(c));
  const detected = detect(written.map(normalizeHeader));
  if (!detected) return { ok: false, errors: [{ row, column: null, message: "imports.errors.unknownTemplate" }] };
  const { template, language } = detected;
  const byHeader = new Map<string, TTemplateColumnDef>();
  for (const def of template.columns)
    for (const header of [def.headerFr, def.headerEn]) byHeader.set(normalizeHeader(header), def);
  const errors: TImportRowError[] = [];
  const seen = new Set<string>();
  const columns = written.map((header) => {
    if (header === "") return null;
    const def = byHeader.get(normalizeHeader(header));
    if (!def) {
      errors.push({ row, column: header, message: "imports.errors.unknownColumn", values: { column: header } });
      return null;
    }
    if (seen.has(def.id))
      errors.push({ row, column: header, message: "imports.errors.duplicateColumn", values: { column: header } });
    seen.add(def.id);
    return { def, header };
  });
  for (const def of template.columns)
    if (def.required && !seen.has(def.id)) {
      const header = headerOf(def, language);
      errors.push({ row, column: null, message: "imports.errors.missingColumn", values: { column: header } });
    }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, map: { template, language, columns } };
}
