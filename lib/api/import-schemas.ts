import { ZId, z } from "@/lib/validation";

// The file-import endpoints' boundary (/api/v1/imports): the upload form's fields as OpenAPI shows them
// (the form itself is read by lib/imports/upload-schema.ts, as the imports page's action reads it), the
// list query, and the answers.

export const ZApiImportUploadFields = z.object({
  periodId: ZId,
  // "true": replace the committed import of the same file in that period (rolled back when this one commits).
  replace: z.enum(["true", "false"]).optional(),
  // A Boavizta output's accounting answers (lib/imports/boavizta/choices.ts), ignored for other files:
  // auto (cloud instances as cloud, the rest as owned), cloud (scope 3 cat. 1) or owned (cat. 2 + scope 2).
  boaviztaUsage: z.enum(["auto", "cloud", "owned"]).optional(),
  // An optional PUE uplift (1 to 5, "1.2" or "1,2") on the use phase only.
  boaviztaPue: z.string().optional(),
});

export const ZApiImportsQuery = z.strictObject({
  cursor: ZId.optional(), // the nextCursor of the previous page
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** How many of an import's row errors an answer carries (the import keeps up to 10,000). */
export const API_IMPORT_ERRORS = 100;

export const IMPORT_STATUSES = ["PREVIEWED", "QUEUED", "RUNNING", "COMMITTED", "FAILED", "ROLLED_BACK"] as const;

const ZApiImportSummary = z.object({
  id: z.string(),
  periodId: z.string(),
  fileName: z.string(),
  format: z.string(), // template-csv, template-xlsx or fec
  template: z.string().nullable(), // the template's activity category
  sizeBytes: z.number().int(),
  status: z.enum(IMPORT_STATUSES),
  rows: z.number().int(),
  errorCount: z.number().int(),
  kgCO2e: z.string().nullable(), // the rows' exact total, known at preview
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  rolledBackAt: z.string().nullable(),
});

export const ZApiImportJob = z.object({
  id: z.string(),
  status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
  done: z.number().int(), // rows computed so far: the progress bar is done / total
  total: z.number().int(),
  errors: z.array(z.object({ code: z.string().optional(), message: z.string().optional() })),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const ZApiImportError = z.object({
  row: z.number().int().nullable(), // the file's line or sheet row; null: the whole file
  column: z.string().nullable(), // the header as the file wrote it
  message: z.string(), // a translation key, e.g. "imports.errors.unknownUnit"
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(), // the message's parameters
});

export const ZApiImport = ZApiImportSummary.extend({
  language: z.string().nullable(), // the header language detected
  totals: z.record(z.string(), z.string()), // exact figures: kgCO2e, activities, lines once committed, FEC shares
  errors: z.array(ZApiImportError), // the first API_IMPORT_ERRORS, by row
  preview: z.array(
    z.object({
      row: z.number().int(),
      activityTypeId: z.string(),
      quantity: z.string(),
      unit: z.string(),
      label: z.string().nullable(),
      kgCO2e: z.string().nullable(),
    }),
  ),
  replacesImportId: z.string().nullable(),
  job: ZApiImportJob.nullable(), // the commit job, once confirmed
});
export type TApiImport = z.infer<typeof ZApiImport>;

export const ZApiImportsPage = z.object({ imports: z.array(ZApiImportSummary), nextCursor: z.string().nullable() });
export type TApiImportsPage = z.infer<typeof ZApiImportsPage>;
