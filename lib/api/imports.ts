import "server-only";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IMPORT_MAX_BYTES, IMPORT_MAX_REQUEST_BYTES } from "@/lib/imports/limits";
import type { TImportListItem } from "@/lib/imports/queries";
import { rollbackImport } from "@/lib/imports/rollback";
import { previewUpload } from "@/lib/imports/upload";
import { ZImportUpload } from "@/lib/imports/upload-schema";
import { importWithRun, listImportsWithRuns, startImportCommit } from "@/lib/jobs/imports";
import type { TJobSender } from "@/lib/jobs/enqueue";
import type { TJobRunView } from "@/lib/jobs/runs";
import { apiError } from "@/lib/api/errors";
import {
  API_IMPORT_ERRORS,
  type TApiImport,
  type TApiImportsPage,
  type ZApiImportsQuery,
} from "@/lib/api/import-schemas";
import type { z } from "@/lib/validation";

// The file-import endpoints' domain glue: the multipart body read within the size limit, then the very
// functions the imports pages call (previewUpload, startImportCommit, importWithRun, rollbackImport), and
// the answers in the API's shape.

type TBody = { ok: true; form: FormData } | { ok: false; response: Response };

const tooLarge = () => apiError("PAYLOAD_TOO_LARGE", { fieldErrors: { file: "imports.errors.tooLarge" } });

/** The request's bytes, or null past `max` (the rest is not read). */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * The multipart form of an upload. A body that cannot hold an acceptable file (its Content-Length, or
 * what was read of it) is a 413 before it is kept in memory.
 */
export async function uploadForm(request: Request): Promise<TBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { ok: false, response: apiError("INVALID_FORM") };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > IMPORT_MAX_REQUEST_BYTES) return { ok: false, response: tooLarge() };
  const bytes = await readCapped(request, IMPORT_MAX_REQUEST_BYTES);
  if (bytes === null) return { ok: false, response: tooLarge() };
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return { ok: false, response: apiError("INVALID_FORM") };
  }
  const file = form.get("file");
  if (file instanceof File && file.size > IMPORT_MAX_BYTES) return { ok: false, response: tooLarge() };
  return { ok: true, form };
}

/** The parsers read numbers by the header row's language; the locale is the caller's, as in the app. */
function localeOf(request: Request): string {
  const first = (request.headers.get("accept-language") ?? "").split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function summaryOf(item: TImportListItem) {
  return {
    id: item.id,
    periodId: item.periodId,
    fileName: item.fileName,
    format: item.format,
    template: item.template,
    sizeBytes: item.sizeBytes,
    status: item.status,
    rows: item.rows,
    errorCount: item.errorCount,
    kgCO2e: item.kgCO2e,
    createdAt: item.createdAt.toISOString(),
    committedAt: iso(item.committedAt),
    rolledBackAt: iso(item.rolledBackAt),
  };
}

const jobOf = (run: TJobRunView | null) =>
  run === null
    ? null
    : {
        id: run.id,
        status: run.status,
        done: run.done,
        total: run.total,
        errors: run.errors.map((e) => ({
          ...(e.code === undefined ? {} : { code: e.code }),
          ...(e.message === undefined ? {} : { message: e.message }),
        })),
        startedAt: iso(run.startedAt),
        finishedAt: iso(run.finishedAt),
      };

/** One of the organisation's imports as the API shows it; NOT_FOUND when it is not theirs. */
export async function apiImport(db: Db, organizationId: string, importId: string): Promise<TApiImport> {
  const imp = await importWithRun(db, organizationId, importId);
  if (!imp) throw new AppError("NOT_FOUND");
  return {
    ...summaryOf(imp),
    language: imp.language,
    totals: imp.totals,
    errors: imp.errors.slice(0, API_IMPORT_ERRORS),
    preview: imp.preview,
    replacesImportId: imp.replacesImportId,
    job: jobOf(imp.run),
  };
}

export async function apiImportsPage(
  db: Db,
  organizationId: string,
  query: z.output<typeof ZApiImportsQuery>,
): Promise<TApiImportsPage> {
  const items = await listImportsWithRuns(db, organizationId, {
    take: query.limit + 1,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  const page = items.slice(0, query.limit);
  return {
    imports: page.map(summaryOf),
    nextCursor: items.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

/** Upload → preview, as the imports page's upload action does. */
export async function apiUploadImport(db: Db, scope: TenantScope, request: Request, form: FormData) {
  const { periodId, file, replace, boavizta } = ZImportUpload.parse(form);
  if (file.size > IMPORT_MAX_BYTES) throw new AppError("VALIDATION", { file: "imports.errors.tooLarge" });
  const bytes = Buffer.from(await file.arrayBuffer());
  const locale = localeOf(request);
  const input = { periodId, fileName: file.name, bytes, replace, locale, boavizta };
  const preview = await previewUpload(db, scope, input);
  return apiImport(db, scope.organizationId, preview.id);
}

/** Confirm → the commit job, as the import page's confirm action does. */
export async function apiConfirmImport(
  db: Db,
  sender: () => Promise<TJobSender>,
  scope: TenantScope,
  importId: string,
) {
  await startImportCommit(db, sender, scope, importId);
  return apiImport(db, scope.organizationId, importId);
}

export async function apiRollbackImport(db: Db, scope: TenantScope, importId: string) {
  await rollbackImport(db, scope, importId);
  return apiImport(db, scope.organizationId, importId);
}
