import "server-only";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TBoaviztaChoicesInput } from "@/lib/imports/boavizta/choices";
import { looksLikeBoavizta, parseBoaviztaUpload } from "@/lib/imports/boavizta/upload";
import { looksLikeFec } from "@/lib/imports/fec/parse";
import { parseFecForPeriod } from "@/lib/imports/fec/preview";
import { parseImportFile } from "@/lib/imports/parse";
import { IMPORT_MAX_BYTES } from "@/lib/imports/limits";
import { createImportPreview } from "@/lib/imports/preview";
import { isoDateOf } from "@/lib/periods/dates";

// What the upload action calls: a file → its parsed rows → the preview (the confirmation is
// lib/jobs/imports.ts startImportCommit).

export { IMPORT_MAX_BYTES } from "@/lib/imports/limits";
const MEDIA_TYPES = {
  "template-csv": "text/csv",
  "template-xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  fec: "text/plain",
  boavizta: "application/json", // replaced by what the Boavizta reader saw (JSON, metrics text)
} as const;

/** A browser's file name, kept for display and download: no control characters, bounded. */
export const cleanFileName = (name: string) =>
  [...name]
    .filter((c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))
    .join("")
    .trim()
    .slice(0, 200) || "import";

export async function previewUpload(
  db: Db,
  scope: TenantScope,
  input: {
    periodId: string;
    fileName: string;
    bytes: Buffer;
    replace: boolean;
    locale: string;
    boavizta?: TBoaviztaChoicesInput; // the wizard's answers; defaults otherwise
  },
) {
  const { organizationId } = scope;
  if (input.bytes.length > IMPORT_MAX_BYTES) throw new AppError("VALIDATION", { file: "imports.errors.tooLarge" });
  const period = await db.reportingPeriod.findFirst({
    where: { id: input.periodId, organizationId },
    select: { id: true, startDate: true, endDate: true, status: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
  // A Boavizta output (JSON, metrics text) becomes tool-assessed kgCO2e rows plus its per-criterion results.
  if (looksLikeBoavizta(input.bytes)) {
    const boavizta = parseBoaviztaUpload(input.bytes, {
      periodId: period.id,
      locale: input.locale,
      choices: input.boavizta,
    });
    return createImportPreview(db, scope, {
      periodId: period.id,
      fileName: cleanFileName(input.fileName),
      mediaType: boavizta.mediaType,
      bytes: input.bytes,
      parsed: boavizta.parsed,
      replace: input.replace,
    });
  }
  // An FEC becomes one spend row per mapped account, with the organisation's remembered mapping (edited on
  // the FEC screen, lib/imports/fec); any other file is a template.
  const parsed = looksLikeFec(input.bytes)
    ? (await parseFecForPeriod(db, organizationId, { periodId: period.id, bytes: input.bytes })).parsed
    : await parseImportFile(
        { name: input.fileName, bytes: input.bytes },
        {
          periodId: period.id,
          period: { startDate: isoDateOf(period.startDate), endDate: isoDateOf(period.endDate) },
          sites: await db.site.findMany({ where: { organizationId }, select: { id: true, name: true } }),
          locale: input.locale,
        },
      );
  return createImportPreview(db, scope, {
    periodId: period.id,
    fileName: cleanFileName(input.fileName),
    mediaType: MEDIA_TYPES[parsed.format],
    bytes: input.bytes,
    parsed,
    replace: input.replace,
  });
}
