import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";

// The period's emission lines with their activity, read in keyset-paginated batches on the line id (the
// primary key: each batch is an index range, whatever the offset), so a million lines never sit in
// memory. Names of sites, products and people are looked up in maps the caller loads once; factors in a
// cache filled batch by batch (lib/exports/evidence-factors.ts).

export type TEvidenceLine = {
  id: string;
  scope: number;
  ghgCategory: number | null;
  begesPoste: string;
  stage: string | null;
  kgCO2e: string;
  marketKgCO2e: string | null;
  co2b: string | null;
  uncertaintyPct: string | null;
  lineQuantity: string;
  factorUnit: string;
  factorId: string;
  factorValue: string;
  resolutionRule: string;
  siteId: string | null;
  productId: string | null;
  activityId: string;
  activityTypeId: string;
  label: string | null;
  quantity: string;
  unit: string;
  status: string;
  createdById: string | null;
  statusChangedById: string | null;
};

export const EVIDENCE_BATCH = 5_000;

export async function countPeriodLines(db: Db, organizationId: string, periodId: string): Promise<number> {
  return db.emissionLine.count({ where: { organizationId, periodId } });
}

function batch(db: Db, organizationId: string, periodId: string, after: string, size: number) {
  const rows = db.$queryRaw<TEvidenceLine[]>(Prisma.sql`
    SELECT e."id", e."scope", e."ghgCategory", e."begesPoste", e."stage", e."kgCO2e"::text AS "kgCO2e",
      e."marketKgCO2e"::text AS "marketKgCO2e", e."co2b"::text AS "co2b", e."uncertaintyPct"::text AS "uncertaintyPct",
      e."quantity"::text AS "lineQuantity", e."factorUnit", e."factorId", e."factorValue"::text AS "factorValue",
      e."resolutionRule", e."siteId", e."productId", a."id" AS "activityId", a."activityTypeId", a."label",
      a."quantity"::text AS "quantity", a."unit", a."status"::text AS "status", a."createdById", a."statusChangedById"
    FROM "EmissionLine" e
    JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
    WHERE e."organizationId" = ${organizationId} AND e."periodId" = ${periodId} AND e."id" > ${after}
    ORDER BY e."id"
    LIMIT ${size}`);
  // Prisma's promises are lazy: then() starts the query now. A caller that stops early leaves it unawaited.
  const started = rows.then((r) => r);
  started.catch(() => {});
  return started;
}

/** Batches of lines in id order; the next batch is already being read while the caller writes this one. */
export async function* evidenceLineBatches(
  db: Db,
  organizationId: string,
  periodId: string,
  size = EVIDENCE_BATCH,
): AsyncGenerator<TEvidenceLine[]> {
  let next: Promise<TEvidenceLine[]> = batch(db, organizationId, periodId, "", size);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1] as TEvidenceLine;
    next = rows.length < size ? Promise.resolve([]) : batch(db, organizationId, periodId, last.id, size);
    yield rows;
  }
}
