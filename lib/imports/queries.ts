// What the imports pages read: every import of the organisation, one import with its preview and error
// report (lib/jobs/imports.ts adds the commit run's progress). Every predicate carries the organisation.
import type { Db } from "@/lib/db/client";
import type { TPreviewRow } from "@/lib/imports/preview";
import type { TImportRowError } from "@/lib/imports/types";

const LIST_SELECT = {
  id: true,
  periodId: true,
  format: true,
  template: true,
  fileName: true,
  sizeBytes: true,
  rows: true,
  errorCount: true,
  totals: true,
  status: true,
  jobRunId: true,
  createdById: true,
  createdAt: true,
  committedAt: true,
  rolledBackAt: true,
  period: { select: { label: true, status: true } },
} as const;

export type TImportStatus = "PREVIEWED" | "QUEUED" | "RUNNING" | "COMMITTED" | "FAILED" | "ROLLED_BACK";

export type TImportListItem = {
  id: string;
  periodId: string;
  periodLabel: string;
  periodLocked: boolean;
  format: string;
  template: string | null;
  fileName: string;
  sizeBytes: number;
  rows: number;
  errorCount: number;
  kgCO2e: string | null;
  lines: string | null;
  status: TImportStatus;
  jobRunId: string | null;
  createdBy: string | null;
  createdAt: Date;
  committedAt: Date | null;
  rolledBackAt: Date | null;
};

async function userNames(db: Db, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

type TRow = {
  id: string;
  periodId: string;
  format: string;
  template: string | null;
  fileName: string;
  sizeBytes: number;
  rows: number;
  errorCount: number;
  totals: unknown;
  status: TImportStatus;
  jobRunId: string | null;
  createdById: string | null;
  createdAt: Date;
  committedAt: Date | null;
  rolledBackAt: Date | null;
  period: { label: string; status: "OPEN" | "LOCKED" };
};

async function toItems(db: Db, rows: readonly TRow[]): Promise<TImportListItem[]> {
  const names = await userNames(
    db,
    rows.map((r) => r.createdById),
  );
  return rows.map((r) => {
    const totals = (r.totals ?? {}) as Record<string, string>;
    return {
      id: r.id,
      periodId: r.periodId,
      periodLabel: r.period.label,
      periodLocked: r.period.status === "LOCKED",
      format: r.format,
      template: r.template,
      fileName: r.fileName,
      sizeBytes: r.sizeBytes,
      rows: r.rows,
      errorCount: r.errorCount,
      kgCO2e: totals.kgCO2e ?? null,
      lines: totals.lines ?? null,
      status: r.status,
      jobRunId: r.jobRunId,
      createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
      createdAt: r.createdAt,
      committedAt: r.committedAt,
      rolledBackAt: r.rolledBackAt,
    };
  });
}

export async function listImports(db: Db, organizationId: string, take = 100): Promise<TImportListItem[]> {
  const rows = await db.import.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: LIST_SELECT,
  });
  return toItems(db, rows);
}

export type TImportDetail = TImportListItem & {
  periodId: string;
  language: string | null;
  totals: Record<string, string>;
  preview: TPreviewRow[];
  errors: TImportRowError[];
  replacesImportId: string | null;
};

export async function getImport(db: Db, organizationId: string, importId: string): Promise<TImportDetail | null> {
  const row = await db.import.findFirst({
    where: { id: importId, organizationId },
    select: { ...LIST_SELECT, language: true, preview: true, errors: true, replacesImportId: true },
  });
  if (!row) return null;
  const [item] = await toItems(db, [row]);
  return {
    ...(item as TImportListItem),
    periodId: row.periodId,
    language: row.language,
    totals: (row.totals ?? {}) as Record<string, string>,
    preview: (row.preview ?? []) as TPreviewRow[],
    errors: (row.errors ?? []) as TImportRowError[],
    replacesImportId: row.replacesImportId,
  };
}

/** The original file's name, type and size, when the import is the organisation's. */
export async function findImportFile(db: Db, organizationId: string, importId: string) {
  return db.import.findFirst({
    where: { id: importId, organizationId },
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true },
  });
}
