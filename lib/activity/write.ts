import type { Tx } from "@/lib/db/client";
import { lineRows, type TLineOwner, type TRoundedLines } from "@/lib/activity/lines";
import { insertActivitiesJson, insertLinesJson } from "@/lib/activity/write-json";

// Set-based writes for activities and their lines: a few statements per thousand rows, whatever the
// number of activities (bulk saves and recalculations of ~10k activities stay within seconds).

const CHUNK = 1000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Deletes the lines of these activities in OPEN periods: their own and those carried into later open
 * periods (lib/activity/carried.ts). Lines carried into a locked period stay as they were: locked is frozen.
 */
export async function deleteLinesOf(tx: Tx, organizationId: string, activityIds: readonly string[]): Promise<void> {
  for (const ids of chunks(activityIds, 5000)) {
    await tx.emissionLine.deleteMany({
      where: { organizationId, activityId: { in: ids }, period: { organizationId, status: "OPEN" } },
    });
  }
}

/** Inserts lines, one statement per 5,000 rows (lib/activity/write-json.ts). */
export async function insertLines(
  tx: Tx,
  items: readonly { owner: TLineOwner; rounded: TRoundedLines }[],
  computedAt: Date,
): Promise<number> {
  const rows = items.flatMap(({ owner, rounded }) => lineRows(rounded, owner, computedAt));
  for (const part of chunks(rows, 5000)) await insertLinesJson(tx, part, computedAt);
  return rows.length;
}

/**
 * Replaces the lines of these activities (delete + insert), in the caller's transaction. `carried`: the
 * lines they carry into later open periods (lib/activity/carried.ts), written with them.
 */
export async function replaceLines(
  tx: Tx,
  organizationId: string,
  items: readonly { owner: TLineOwner; rounded: TRoundedLines }[],
  computedAt: Date,
  carried: readonly { owner: TLineOwner; rounded: TRoundedLines }[] = [],
) {
  await deleteLinesOf(
    tx,
    organizationId,
    items.map((i) => i.owner.activityId),
  );
  return insertLines(tx, [...items, ...carried], computedAt);
}

export type TDerivedUpdate = { id: string; kgCO2e: string; linesDigest: string; customFactorId: string | null };

/** Writes what a recalculation changes on the activity rows, one statement per chunk. */
export async function updateDerived(
  tx: Tx,
  organizationId: string,
  updates: readonly TDerivedUpdate[],
  computedAt: Date,
): Promise<void> {
  for (const part of chunks(updates, 5000)) {
    const count = await tx.$executeRaw`
      UPDATE "ActivityData" AS a
      SET "kgCO2e" = v.kg::numeric, "linesDigest" = v.digest, "customFactorId" = v.custom_factor_id,
          "computedAt" = ${computedAt}, "updatedAt" = ${computedAt}
      FROM unnest(${part.map((u) => u.id)}::text[], ${part.map((u) => u.kgCO2e)}::text[], ${part.map((u) => u.linesDigest)}::text[],
                  ${part.map((u) => u.customFactorId)}::text[]) AS v(id, kg, digest, custom_factor_id)
      WHERE a."id" = v.id AND a."organizationId" = ${organizationId}`;
    if (count !== part.length) throw new Error(`updateDerived: ${count} of ${part.length} activities updated`);
  }
}

export type TActivityRow = {
  id: string;
  periodId: string;
  siteId: string | null;
  productId: string | null;
  activityTypeId: string;
  quantity: string;
  unit: string;
  region: string | null;
  activityDate: string | null; // YYYY-MM-DD
  activityYear: number | null;
  options: object;
  uncertaintyPct: string | null;
  customFactorId: string | null;
  libraryFactorId: string | null;
  dataQuality: string | null;
  marketInstrument: object | null;
  status: "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED";
  label: string | null;
  description: string | null;
  evidenceNote: string | null;
  kgCO2e: string;
  linesDigest: string;
};

// SQL NULL for no instrument (a JSON null would be a value).
const instrumentJson = (r: TActivityRow) => (r.marketInstrument === null ? null : JSON.stringify(r.marketInstrument));

/** Rewrites every input and derived column of existing activities (a re-import), keeping id and creation. */
export async function rewriteActivities(
  tx: Tx,
  organizationId: string,
  rows: readonly TActivityRow[],
  actorId: string | null,
  now: Date,
) {
  for (const part of chunks(rows, 5000)) {
    const col = <K extends keyof TActivityRow>(key: K) => part.map((r) => r[key]);
    const count = await tx.$executeRaw`
      UPDATE "ActivityData" AS a
      SET "periodId" = v.period_id, "siteId" = v.site_id, "productId" = v.product_id, "activityTypeId" = v.type_id,
          "quantity" = v.quantity::numeric, "unit" = v.unit, "region" = v.region, "activityDate" = v.activity_date::date,
          "activityYear" = v.activity_year, "options" = v.options::jsonb, "uncertaintyPct" = v.uncertainty::numeric,
          "customFactorId" = v.custom_factor_id, "libraryFactorId" = v.library_factor_id, "dataQuality" = v.data_quality,
          "marketInstrument" = v.market_instrument::jsonb, "status" = v.status::"ActivityStatus", "label" = v.label,
          "description" = v.description, "evidenceNote" = v.evidence_note, "kgCO2e" = v.kg::numeric, "linesDigest" = v.digest,
          "computedAt" = ${now}, "updatedAt" = ${now}, "updatedById" = ${actorId}
      FROM unnest(
        ${col("id")}::text[], ${col("periodId")}::text[], ${col("siteId")}::text[], ${col("productId")}::text[],
        ${col("activityTypeId")}::text[], ${col("quantity")}::text[], ${col("unit")}::text[], ${col("region")}::text[],
        ${col("activityDate")}::text[], ${col("activityYear")}::int[], ${part.map((r) => JSON.stringify(r.options))}::text[],
        ${col("uncertaintyPct")}::text[], ${col("customFactorId")}::text[], ${col("libraryFactorId")}::text[],
        ${col("dataQuality")}::text[], ${part.map((r) => instrumentJson(r))}::text[], ${col("status")}::text[], ${col("label")}::text[],
        ${col("description")}::text[], ${col("evidenceNote")}::text[], ${col("kgCO2e")}::text[], ${col("linesDigest")}::text[]
      ) AS v(id, period_id, site_id, product_id, type_id, quantity, unit, region, activity_date, activity_year, options,
             uncertainty, custom_factor_id, library_factor_id, data_quality, market_instrument, status, label, description,
             evidence_note, kg, digest)
      WHERE a."id" = v.id AND a."organizationId" = ${organizationId}`;
    if (count !== part.length) throw new Error(`rewriteActivities: ${count} of ${part.length} activities updated`);
  }
}

export type TNewActivityRow = TActivityRow & { sourceKind: string; sourceRef: string | null; importId?: string | null };

/** Inserts new activities (ids chosen by the caller), one statement per 5,000 rows (lib/activity/write-json.ts). */
export async function insertActivities(
  tx: Tx,
  organizationId: string,
  rows: readonly TNewActivityRow[],
  actorId: string | null,
  now: Date,
) {
  for (const part of chunks(rows, 5000)) await insertActivitiesJson(tx, organizationId, part, actorId, now);
}
