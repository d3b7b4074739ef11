import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";

// The period's audit trail: events about the period itself, its activities and its notation keys (the
// evidence-pack request included), oldest first, in keyset batches on (createdAt, id).

export type TEvidenceAuditEvent = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

const BATCH = 2_000;

export async function* periodAuditBatches(
  db: Db,
  organizationId: string,
  periodId: string,
): AsyncGenerator<TEvidenceAuditEvent[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after
      ? Prisma.sql`AND (ev."createdAt", ev."id") > (${after.createdAt}, ${after.id})`
      : Prisma.empty;
    const rows: TEvidenceAuditEvent[] = await db.$queryRaw<TEvidenceAuditEvent[]>(Prisma.sql`
      SELECT ev."id", ev."createdAt", ev."actorEmail", ev."action", ev."entityType", ev."entityId", ev."before", ev."after"
      FROM "AuditEvent" ev
      WHERE ev."organizationId" = ${organizationId}
        AND (ev."entityId" = ${periodId}
          OR ev."entityId" IN (SELECT a."id" FROM "ActivityData" a
                               WHERE a."organizationId" = ${organizationId} AND a."periodId" = ${periodId})
          OR ev."entityId" IN (SELECT k."id" FROM "NotationKey" k
                               WHERE k."organizationId" = ${organizationId} AND k."periodId" = ${periodId}))
        ${cursor}
      ORDER BY ev."createdAt", ev."id"
      LIMIT ${BATCH}`);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1] as TEvidenceAuditEvent;
    after = { createdAt: last.createdAt, id: last.id };
    if (rows.length < BATCH) return;
  }
}

/** A JSON snapshot as cell text, cut to what a spreadsheet cell holds (32,767 characters). */
export function jsonCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text;
}
