// Read side of the library: filter choices for the explorer, and one factor with its release.
import type { Db } from "@/lib/db/client";

export type TFactorFilterOptions = {
  sources: string[];
  categories: string[];
  units: string[];
  regions: string[];
  years: number[];
};

/** The values the explorer's filters can take, from what is installed (one pass over the table). */
export async function listFactorFilterOptions(db: Db): Promise<TFactorFilterOptions> {
  const [row] = await db.$queryRaw<
    Array<{
      sources: string[] | null;
      categories: string[] | null;
      units: string[] | null;
      regions: string[] | null;
      years: number[] | null;
    }>
  >`
    SELECT array_agg(DISTINCT "source") AS "sources",
           array_agg(DISTINCT "categoryPath"[1]) FILTER (WHERE "categoryPath"[1] IS NOT NULL) AS "categories",
           array_agg(DISTINCT "unit") AS "units",
           array_agg(DISTINCT "region") AS "regions",
           array_agg(DISTINCT "referenceYear") FILTER (WHERE "referenceYear" IS NOT NULL) AS "years"
    FROM "EmissionFactor"`;
  const sorted = (values: string[] | null | undefined) => [...(values ?? [])].sort((a, b) => a.localeCompare(b, "fr"));
  return {
    sources: sorted(row?.sources),
    categories: sorted(row?.categories),
    units: sorted(row?.units),
    regions: sorted(row?.regions),
    years: [...(row?.years ?? [])].sort((a, b) => b - a),
  };
}

export function getEmissionFactor(db: Db, id: string) {
  return db.emissionFactor.findUnique({ where: { id }, include: { release: true } });
}
export type TEmissionFactorDetail = NonNullable<Awaited<ReturnType<typeof getEmissionFactor>>>;
