// The import templates (templates.json), loaded once and checked: one template per data-entry category,
// every option field the category's forms offer has its column, and no two headers of a template read the
// same in either language (the header row alone must tell the columns apart).
import { ACTIVITY_CATEGORIES, type TActivityCategory } from "@/lib/activity/categories";
import { formOptionsFor, type TFormOptionKey } from "@/lib/activity/form-options";
import { z } from "@/lib/validation";
import { ZTemplateColumn, type TTemplateColumn } from "./columns";
import { normalizeHeader } from "./normalize";
import data from "./templates.json";

const ZTemplateColumnUse = z.strictObject({
  id: z.string(),
  required: z.boolean(),
  headerFr: z.string().min(1).max(60).optional(),
  headerEn: z.string().min(1).max(60).optional(),
  notesFr: z.string().min(1).optional(),
  notesEn: z.string().min(1).optional(),
});

const ZTemplatesFile = z.object({
  columns: z.array(ZTemplateColumn),
  templates: z.array(
    z.strictObject({
      id: z.enum(ACTIVITY_CATEGORIES),
      columns: z.array(ZTemplateColumnUse).min(2),
      example: z.record(z.string(), z.string()),
    }),
  ),
});

export type TTemplateColumnDef = TTemplateColumn & { required: boolean };
export type TTemplate = {
  id: TActivityCategory;
  columns: TTemplateColumnDef[];
  example: Record<string, string>; // column id → value as written in an English file
};

// The option fields of the forms (lib/activity/form-options.ts) and the columns that fill them.
export const OPTION_COLUMNS: Record<TFormOptionKey, readonly string[]> = {
  airports: ["from", "to", "returnTrip", "passengers", "seatClass"],
  fuel: ["fuel"],
  network: ["network"],
  country: ["country"],
  ratioCategory: ["ratioCategory"],
  purpose: ["purpose"],
  direction: ["direction"],
  treatment: ["treatment"],
  lifetimeYears: ["lifetimeYears"],
  servers: ["servers", "watts", "hours"],
  pue: ["pue"],
};

function load(): Map<TActivityCategory, TTemplate> {
  const file = ZTemplatesFile.parse(data);
  const library = new Map(file.columns.map((c) => [c.id, c]));
  const templates = new Map<TActivityCategory, TTemplate>();
  for (const t of file.templates) {
    const columns = t.columns.map((use) => {
      const base = library.get(use.id);
      if (!base) throw new Error(`templates.json: ${t.id} uses unknown column ${use.id}`);
      return { ...base, ...use } as TTemplateColumnDef;
    });
    const ids = new Set(columns.map((c) => c.id));
    if (columns[0]?.id !== "type") throw new Error(`templates.json: ${t.id} must start with the type column`);
    for (const key of new Set(formOptionsFor(t.id).types.flatMap((type) => type.optionKeys)))
      for (const column of OPTION_COLUMNS[key])
        if (!ids.has(column)) throw new Error(`templates.json: ${t.id} lacks the ${column} column`);
    const owner = new Map<string, string>();
    for (const c of columns)
      for (const header of [c.headerFr, c.headerEn]) {
        const seen = owner.get(normalizeHeader(header));
        if (seen && seen !== c.id) throw new Error(`templates.json: ${t.id} has two columns headed ${header}`);
        owner.set(normalizeHeader(header), c.id);
      }
    for (const key of Object.keys(t.example))
      if (!ids.has(key)) throw new Error(`templates.json: ${t.id} example fills unknown column ${key}`);
    templates.set(t.id, { id: t.id, columns, example: t.example });
  }
  for (const category of ACTIVITY_CATEGORIES)
    if (!templates.has(category)) throw new Error(`templates.json: no template for ${category}`);
  return templates;
}

let cache: Map<TActivityCategory, TTemplate> | null = null;

export function importTemplates(): Map<TActivityCategory, TTemplate> {
  cache ??= load();
  return cache;
}

export function importTemplate(category: TActivityCategory): TTemplate {
  return importTemplates().get(category) as TTemplate;
}
