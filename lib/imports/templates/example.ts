// The header row and the example row of a template, in a language: what the downloads write. CSV cells
// are text in that language's conventions (French: decimal comma, "oui"); XLSX cells are typed.
import type { TActivityCategory } from "@/lib/activity/categories";
import type { TImportLanguage } from "@/lib/imports/types";
import { importTemplate, type TTemplateColumnDef } from "./definitions";
import { headerOf } from "./headers";

export type TExampleCell = string | number | null;

const BOOLEAN_WORDS = { fr: { yes: "oui", no: "non" }, en: { yes: "yes", no: "no" } } as const;

export function booleanWords(language: TImportLanguage): [string, string] {
  return [BOOLEAN_WORDS[language].yes, BOOLEAN_WORDS[language].no];
}

function exampleCell(def: TTemplateColumnDef, value: string | undefined, language: TImportLanguage, typed: boolean) {
  if (value === undefined) return null;
  if (def.kind === "number" || def.kind === "integer") {
    if (typed) return Number(value);
    return language === "fr" ? value.replace(".", ",") : value;
  }
  if (def.kind === "boolean") return value === "yes" ? BOOLEAN_WORDS[language].yes : BOOLEAN_WORDS[language].no;
  return value;
}

export function templateRows(
  category: TActivityCategory,
  language: TImportLanguage,
  { typed }: { typed: boolean },
): { columns: TTemplateColumnDef[]; header: string[]; example: TExampleCell[] } {
  const template = importTemplate(category);
  return {
    columns: template.columns,
    header: template.columns.map((c) => headerOf(c, language)),
    example: template.columns.map((c) => exampleCell(c, template.example[c.id], language, typed)),
  };
}
