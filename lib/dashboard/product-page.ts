import "server-only";
import { gridCountries } from "@/lib/activity/grid-countries";
import type { Db } from "@/lib/db/client";
import { productFootprint } from "@/lib/dashboard/product-footprint";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { listPeriods } from "@/lib/periods/queries";
import { getDigitalModel } from "@/lib/products/digital/queries";
import { DIGITAL_METHODS } from "@/lib/products/digital/schemas";
import { compareMethods, sensitivity } from "@/lib/products/digital/sensitivity";
import { z } from "@/lib/validation";

// Everything a product's page shows, for one period: the stored footprint (reporting layer) and, when the
// product has a digital-use model, both methods side by side and the sensitivity variants (computed in
// memory by the model's pure functions and the engine, never written).

const ZQuery = z.object({
  period: z.string().max(64).optional().catch(undefined),
  statuses: z.enum(["validated", "all"]).optional().catch(undefined),
});

/** The period and statuses a product page's address asks for (bad values: the defaults). */
export function readProductQuery(searchParams: Record<string, string | string[] | undefined>) {
  return ZQuery.parse({
    period: typeof searchParams.period === "string" ? searchParams.period : undefined,
    statuses: typeof searchParams.statuses === "string" ? searchParams.statuses : undefined,
  });
}

export async function loadProductPage(
  db: Db,
  organizationId: string,
  productId: string,
  searchParams: Record<string, string | string[] | undefined>,
) {
  const product = await db.product.findFirst({
    where: { id: productId, organizationId },
    select: { id: true, name: true, description: true, functionalUnit: true },
  });
  if (!product) return null;
  const periods = await listPeriods(db, organizationId);
  const query = readProductQuery(searchParams);
  const period = periods.find((p) => p.id === query.period) ?? periods[0];
  if (!period) return { product, periods, period: null } as const;
  // Model lines are drafts until validated: the page counts every status unless asked for validated only.
  const statuses = query.statuses ?? "all";
  const [footprint, digital, countries] = await Promise.all([
    productFootprint(db, organizationId, { productId, periodId: period.id, periods, statuses }),
    getDigitalModel(db, organizationId, productId, period.id),
    gridCountries(db, organizationId),
  ]);
  let analysis = null;
  if (digital) {
    const { index } = await buildOrganizationFactorIndex(db, organizationId);
    analysis = {
      methods: compareMethods(digital.model, index, period.year),
      // Each variant under both methods: SWD v4 is per byte only, ADEME-Arcep also moves with devices.
      scenarios: DIGITAL_METHODS.map((method) => ({
        method,
        results: sensitivity({ ...digital.model, method }, index, period.year),
      })),
    };
  }
  return { product, periods, period, statuses, footprint, digital, analysis, countries } as const;
}
