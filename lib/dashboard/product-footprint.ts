import "server-only";
import type { TPeriodAllocation, TProductAllocation } from "@/lib/allocation/compute";
import { loadAllocation } from "@/lib/allocation/queries";
import type { Db } from "@/lib/db/client";
import { perUnit } from "@/lib/dashboard/intensity-math";
import { Decimal } from "@/lib/numbers/decimal";
import { FOOTPRINT_PARTS, footprintPartOf, type TFootprintPart } from "@/lib/dashboard/product-parts";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportStatus } from "@/lib/reporting/schemas";

// A product's footprint for its page, read from the reporting layer (stored lines tagged with the product):
// the period's total ± uncertainty, its parts, its share of the organisation's total, the trend over
// periods and the intensity per functional unit (ProductPeriodVolume). The total is the lines tagged with
// the product (direct) plus its allocated share of shared posts (lib/allocation, read-time); ± and the
// known share are those of the direct lines (an allocated share carries no line of its own).

export type TProductFootprint = {
  kgCO2e: string; // direct + allocated
  directKgCO2e: string;
  allocatedKgCO2e: string;
  allocated: TProductAllocation["posts"];
  unallocatedKgCO2e: string; // the organisation's untagged kg no key allocates
  hasKeys: boolean;
  uncertaintyKgCO2e: string | null;
  knownUncertaintyShare: string | null;
  organizationKgCO2e: string;
  parts: Record<TFootprintPart, string>;
  volume: string | null;
  perUnitKg: string | null;
  trend: { periodId: string; label: string; kgCO2e: string; perUnitKg: string | null }[];
};

type TPeriodRef = { id: string; label: string };

export async function productFootprint(
  db: Db,
  organizationId: string,
  input: { productId: string; periodId: string; periods: TPeriodRef[]; statuses: TReportStatus },
): Promise<TProductFootprint> {
  const { productId, periodId, statuses } = input;
  const filters = { productIds: [productId] };
  const trendPeriods = input.periods.slice(0, 20);
  const [total, allocation, byType, volumes] = await Promise.all([
    aggregateEmissions(db, organizationId, { periodIds: [periodId], statuses, filters }),
    loadAllocation(db, organizationId, {
      periodIds: [...new Set([periodId, ...trendPeriods.map((p) => p.id)])],
      statuses,
      scope2: "location",
    }),
    aggregateEmissions(db, organizationId, {
      periodIds: [periodId],
      statuses,
      filters,
      groupBy: ["activityType"],
      measures: "kg",
    }),
    db.productPeriodVolume.findMany({ where: { organizationId, productId }, select: { periodId: true, volume: true } }),
  ]);
  const parts = Object.fromEntries(FOOTPRINT_PARTS.map((p) => [p, new Decimal(0)])) as Record<TFootprintPart, Decimal>;
  for (const g of byType.groups) {
    const part = footprintPartOf(String(g.key.activityType));
    parts[part] = parts[part].plus(g.kgCO2e);
  }
  const volumeOf = (id: string) => volumes.find((v) => v.periodId === id)?.volume.toFixed() ?? null;
  const head = total.groups[0];
  const productOf = (a: TPeriodAllocation | undefined) => a?.products.find((p) => p.productId === productId);
  const current = allocation.get(periodId);
  const mine = productOf(current);
  parts.allocated = new Decimal(mine?.allocatedKg ?? "0");
  const kgCO2e = mine?.totalKg ?? head?.kgCO2e ?? "0";
  return {
    kgCO2e,
    directKgCO2e: head?.kgCO2e ?? "0",
    allocatedKgCO2e: mine?.allocatedKg ?? "0",
    allocated: mine?.posts ?? [],
    unallocatedKgCO2e: current?.unallocatedKg ?? "0",
    hasKeys: (current?.posts ?? []).some((p) => p.key !== null),
    uncertaintyKgCO2e: head?.uncertaintyKgCO2e ?? null,
    knownUncertaintyShare: head?.knownUncertaintyShare ?? null,
    organizationKgCO2e: current?.organizationKg ?? "0",
    parts: Object.fromEntries(FOOTPRINT_PARTS.map((p) => [p, parts[p].toFixed(6)])) as Record<TFootprintPart, string>,
    volume: volumeOf(periodId),
    perUnitKg: perUnit(kgCO2e, volumeOf(periodId)),
    trend: [...trendPeriods].reverse().map((p) => {
      const kg = productOf(allocation.get(p.id))?.totalKg ?? "0";
      return { periodId: p.id, label: p.label, kgCO2e: kg, perUnitKg: perUnit(kg, volumeOf(p.id)) };
    }),
  };
}
