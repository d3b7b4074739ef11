import type { TActivityBulkRowInput } from "@/lib/activity/schemas";
import type { Prisma } from "@/lib/db/client";

export type TImportFormat = "template-csv" | "template-xlsx" | "fec" | "boavizta";
export type TImportLanguage = "fr" | "en";

/** A problem with one row (row = the file's 1-based line or sheet row; null column = the whole row or file). */
export type TImportRowError = {
  row: number | null;
  column: string | null; // the column header as the file wrote it
  message: string; // a next-intl key under "imports.errors." or an activity message key (ACTIVITY_MESSAGES)
  values?: Record<string, string | number>; // ICU parameters of the message
};

/** What a parser hands to the pipeline: activity rows ready for saveActivitiesBulk, and every bad row. */
export type TParsedImport = {
  format: TImportFormat;
  template: string | null; // the template id (an activity category) for template imports
  language: TImportLanguage | null; // the header language detected
  rows: Array<{ row: number; input: TActivityBulkRowInput }>; // without sourceKind/sourceRef: the pipeline sets them
  errors: TImportRowError[];
  totals?: Record<string, string>; // format-specific exact figures to show before committing (FEC: spend mapped/excluded/out of scope)
  // Format-specific results kept beside the activities (Boavizta: every criterion × phase), written in the
  // preview's transaction with the import row when the preview is clean.
  storeResults?: (tx: Prisma.TransactionClient, ids: { organizationId: string; importId: string }) => Promise<void>;
};
