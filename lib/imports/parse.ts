// The template parser's entry for an uploaded file (CSV or XLSX, lib/imports/templates). An FEC is told
// apart by its content before (lib/imports/upload.ts: looksLikeFec) and read by lib/imports/fec, which needs
// the organisation's remembered account mapping.
import { parseTemplateFile, type TTemplateParseContext } from "@/lib/imports/templates/parse";
import type { TParsedImport } from "@/lib/imports/types";

export type TParseContext = TTemplateParseContext;

export async function parseImportFile(
  file: { name: string; bytes: Buffer },
  ctx: TParseContext,
): Promise<TParsedImport> {
  return parseTemplateFile(file, ctx);
}
