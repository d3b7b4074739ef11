import "server-only";
import { listAllocationKeys, loadAllocation } from "@/lib/allocation/queries";
import { readProductQuery } from "@/lib/dashboard/product-page";
import type { Db } from "@/lib/db/client";
import { listPeriods } from "@/lib/periods/queries";

// The allocation page of one period: every post with emissions or a key, its direct and untagged parts,
// the key with its inputs, what each product receives and the unallocated rest (lib/allocation/compute).
// Same address choices as a product page (period, statuses), so the figures agree between the two.

export async function loadAllocationPage(
  db: Db,
  organizationId: string,
  searchParams: Record<string, string | string[] | undefined>,
) {
  const query = readProductQuery(searchParams);
  const [periods, products] = await Promise.all([
    listPeriods(db, organizationId),
    db.product.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const period = periods.find((p) => p.id === query.period) ?? periods[0];
  if (!period) return { periods, period: null, products } as const;
  const statuses = query.statuses ?? "all";
  const [allocation, keys] = await Promise.all([
    loadAllocation(db, organizationId, { periodIds: [period.id], statuses, scope2: "location" }),
    listAllocationKeys(db, organizationId, [period.id]),
  ]);
  return { periods, period, products, statuses, allocation: allocation.get(period.id)!, keys } as const;
}
