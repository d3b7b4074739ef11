import "server-only";
import { allocatePeriod, type TPeriodAllocation, type TStoredKey } from "@/lib/allocation/compute";
import type { Db } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportStatus } from "@/lib/reporting/schemas";
import { postOf } from "@/lib/targets/posts";

// A period's allocation, read from the reporting layer: kg by post and product (one GROUP BY per period,
// rollup-served), the Boavizta lines tagged with each product (a hosting key's weights) and the stored
// keys, then split by the pure allocatePeriod. Nothing is written: emission lines stay as they are.

export type TAllocationBasis = { statuses: TReportStatus; scope2: "location" | "market" };

export async function listAllocationKeys(db: Db, organizationId: string, periodIds: string[]) {
  const rows = await db.allocationKey.findMany({
    where: { organizationId, periodId: { in: periodIds } },
    select: {
      periodId: true,
      post: true,
      kind: true,
      inputs: { where: { organizationId }, select: { productId: true, value: true } },
    },
  });
  return rows.map((r) => ({
    periodId: r.periodId,
    post: r.post,
    kind: r.kind,
    inputs: r.inputs.map((i) => ({ productId: i.productId, value: i.value.toFixed() })),
  }));
}

async function periodAllocation(
  db: Db,
  organizationId: string,
  periodId: string,
  basis: TAllocationBasis,
  productIds: string[],
  keys: TStoredKey[],
): Promise<TPeriodAllocation> {
  const common = { periodIds: [periodId], ...basis, measures: "kg" as const };
  const [byPost, hosting] = await Promise.all([
    aggregateEmissions(db, organizationId, { ...common, groupBy: ["scope", "ghgCategory", "product"] }),
    keys.some((k) => k.kind === "HOSTING")
      ? aggregateEmissions(db, organizationId, { ...common, groupBy: ["product"], filters: { origins: ["boavizta"] } })
      : null,
  ]);
  const hostingKg = Object.fromEntries(
    (hosting?.groups ?? []).filter((g) => g.key.product !== null).map((g) => [String(g.key.product), g.kgCO2e]),
  );
  return allocatePeriod({
    productIds,
    keys,
    hostingKg,
    groups: byPost.groups.map((g) => ({
      post: postOf(Number(g.key.scope), g.key.ghgCategory === null ? null : Number(g.key.ghgCategory)),
      productId: g.key.product === null ? null : String(g.key.product),
      kg: g.kgCO2e,
    })),
  });
}

/** Each period's allocation under one basis (statuses, scope-2 method), by period id. */
export async function loadAllocation(
  db: Db,
  organizationId: string,
  input: { periodIds: string[] } & TAllocationBasis,
): Promise<Map<string, TPeriodAllocation>> {
  const [products, keys] = await Promise.all([
    db.product.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true } }),
    listAllocationKeys(db, organizationId, input.periodIds),
  ]);
  const productIds = products.map((p) => p.id);
  const basis = { statuses: input.statuses, scope2: input.scope2 };
  const results = await Promise.all(
    input.periodIds.map((periodId) =>
      periodAllocation(
        db,
        organizationId,
        periodId,
        basis,
        productIds,
        keys.filter((k) => k.periodId === periodId),
      ),
    ),
  );
  return new Map(input.periodIds.map((id, i) => [id, results[i]!]));
}
