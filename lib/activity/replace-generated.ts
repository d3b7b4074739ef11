import { saveActivitiesBulk, type TBulkSaveOptions } from "@/lib/activity/bulk";
import { deleteActivity } from "@/lib/activity/mutations";
import type { TActivityBulkRowInput } from "@/lib/activity/schemas";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";

// No "server-only": the demo seed (run by tsx) uses it too, as it uses lib/activity/bulk.ts.
// Activity data a generator owns as a whole (a survey's close, a product's use model, a Boavizta estimate): every row carries a
// sourceRef under one prefix. Saving the new set rewrites rows with the same sourceRef in place and deletes
// (each deletion audited) the ones the generator no longer produces: running it again never duplicates.

type TGeneratedRow = TActivityBulkRowInput & {
  sourceKind: "SURVEY" | "PRODUCT_MODEL" | "BOAVIZTA_IMPORT";
  sourceRef: string;
};

export async function replaceGeneratedActivities(
  db: Db,
  scope: TenantScope,
  {
    sourceKind,
    refPrefix,
    rows,
  }: { sourceKind: TGeneratedRow["sourceKind"]; refPrefix: string; rows: TGeneratedRow[] },
  options: TBulkSaveOptions = {}, // the demo seed (validated rows, locked periods); an estimate's import
) {
  const saved = rows.length > 0 ? await saveActivitiesBulk(db, scope, rows, options) : null;
  const stale = await db.activityData.findMany({
    where: {
      organizationId: scope.organizationId,
      sourceKind,
      sourceRef: { startsWith: refPrefix, notIn: rows.map((r) => r.sourceRef) },
    },
    select: { id: true },
  });
  for (const { id } of stale) await deleteActivity(db, scope, id);
  return { kgCO2e: saved?.kgCO2e ?? "0", removed: stale.length };
}
