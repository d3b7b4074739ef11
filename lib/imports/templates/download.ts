// A template as a download: its bytes, file name and content type, in the asked language.
import { ACTIVITY_CATEGORIES, type TActivityCategory } from "@/lib/activity/categories";
import { CSV_TYPE, XLSX_TYPE } from "@/lib/exports/download";
import type { TImportLanguage } from "@/lib/imports/types";
import { z } from "@/lib/validation";
import { templateCsv } from "./csv-file";
import { templateXlsx } from "./xlsx-file";

export const ZTemplateDownload = z.object({
  category: z.enum(ACTIVITY_CATEGORIES),
  format: z.enum(["csv", "xlsx"]),
  language: z.enum(["fr", "en"]),
});

const FILE_WORD: Record<TImportLanguage, string> = { fr: "modele", en: "template" };

export async function templateDownload(
  category: TActivityCategory,
  format: "csv" | "xlsx",
  language: TImportLanguage,
  { sites = [] as readonly string[] } = {},
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const fileName = `albedo-${FILE_WORD[language]}-${category}-${language}.${format}`;
  if (format === "csv") return { fileName, contentType: CSV_TYPE, body: templateCsv(category, language) };
  return { fileName, contentType: XLSX_TYPE, body: await templateXlsx(category, language, { sites }) };
}
