// The one entry for an uploaded file: picks the parser by the file's content. Today every file is a
// template (CSV or XLSX, lib/imports/templates); the FEC parser (lib/imports/fec) joins here.
import { parseTemplateFile, type TTemplateParseContext } from "@/lib/imports/templates/parse";
import type { TParsedImport } from "@/lib/imports/types";

export type TParseContext = TTemplateParseContext;

export async function parseImportFile(
  file: { name: string; bytes: Buffer },
  ctx: TParseContext,
): Promise<TParsedImport> {
  return parseTemplateFile(file, ctx);
}
