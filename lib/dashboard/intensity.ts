import type { TPeriodAllocation } from "@/lib/allocation/compute";
import type { Db } from "@/lib/db/client";
import { perThousandEuros, perUnit } from "@/lib/dashboard/intensity-math";
import type { TOverview } from "@/lib/dashboard/overview";
import { listProductVolumes } from "@/lib/products/volumes";

// The overview's intensities for one period: per employee and per k€ of revenue (the period's own figures,
// else the organisation's current ones, and which was used), and per functional unit of each product,
// from the product's emissions (getOverview's by-product aggregate, plus its allocated share of shared
// posts when the period's allocation is given) over the period's volume.

type TSource = "period" | "organization";

export type TIntensity = {
  headcount: { value: number; source: TSource } | null;
  revenueEur: { value: string; source: TSource } | null;
  perEmployeeKg: string | null;
  perThousandEurosKg: string | null;
  products: {
    id: string;
    name: string;
    functionalUnit: string;
    kg: string; // with an allocation: direct + allocated
    directKg?: string; // lines tagged with the product (given with an allocation)
    allocatedKg?: string; // its share of shared posts by the period's keys (lib/allocation)
    volume: string | null; // null: no volume entered for the period
    perUnitKg: string | null;
  }[];
};

export async function loadIntensity(
  db: Db,
  organizationId: string,
  periodId: string,
  overview: Pick<TOverview, "total" | "products">,
  allocation?: TPeriodAllocation,
): Promise<TIntensity> {
  const [period, organization, products, volumes] = await Promise.all([
    db.reportingPeriod.findFirstOrThrow({
      where: { id: periodId, organizationId },
      select: { headcount: true, annualRevenueEur: true },
    }),
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { headcount: true, annualRevenueEur: true },
    }),
    db.product.findMany({
      where: { organizationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, functionalUnit: true },
    }),
    listProductVolumes(db, organizationId, { periodId }),
  ]);
  const pick = <T>(own: T | null, fallback: T | null) =>
    own !== null
      ? { value: own, source: "period" as const }
      : fallback !== null
        ? { value: fallback, source: "organization" as const }
        : null;
  const headcount = pick(period.headcount, organization.headcount);
  const revenueEur = pick(
    period.annualRevenueEur?.toFixed(2) ?? null,
    organization.annualRevenueEur?.toFixed(2) ?? null,
  );
  const kg = overview.total.kg;
  return {
    headcount,
    revenueEur,
    perEmployeeKg: perUnit(kg, headcount?.value ?? null),
    perThousandEurosKg: perThousandEuros(kg, revenueEur?.value ?? null),
    products: products
      .map((p) => {
        const direct = overview.products.find((s) => s.key === p.id)?.kg ?? "0";
        const allocated = allocation?.products.find((a) => a.productId === p.id);
        const productKg = allocated?.totalKg ?? direct;
        const volume = volumes.find((v) => v.productId === p.id)?.volume ?? null;
        const split = allocated ? { directKg: allocated.directKg, allocatedKg: allocated.allocatedKg } : {};
        return { ...p, kg: productKg, ...split, volume, perUnitKg: perUnit(productKg, volume) };
      })
      // A product with neither emissions nor a volume in the period has nothing to say.
      .filter((p) => p.volume !== null || Number(p.kg) !== 0),
  };
}
