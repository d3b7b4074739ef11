// Bench data for lib/reporting: one organisation, 4 periods, 5 sites, 10 products, activities of every
// data-entry category and lines of every scope, GHG Protocol category and BEGES poste, written straight
// into PostgreSQL with generate_series (not through the engine: the bench measures reading, not computing).
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";

const sql = Prisma.sql;

// BEGES poste of each GHG Protocol scope-3 category (1–15), as the stage profiles map them.
const POSTES = [
  "4.1",
  "4.2",
  "4.1",
  "3.1",
  "4.3",
  "3.5",
  "3.3",
  "4.4",
  "3.2",
  "5.1",
  "5.1",
  "5.2",
  "5.3",
  "6.1",
  "6.1",
];

// (scope, GHG category, BEGES poste) as the engine writes them: every scope-3 category appears.
const CLASSES: [number, number | null, string][] = [
  [1, null, "1.1"],
  [1, null, "1.2"],
  [1, null, "1.4"],
  [2, null, "2.1"],
  [2, null, "2.2"],
  ...POSTES.map((poste, i): [number, number, string] => [3, i + 1, poste]),
];

const TYPES = [
  "energy.electricity.grid",
  "energy.natural_gas",
  "fuel.diesel",
  "refrigerant.r410a",
  "travel.plane",
  "travel.train.tgv",
  "commuting.car",
  "spend.ratio",
  "equipment.laptop",
  "freight.road",
  "waste.household",
  "digital.cloud",
];

export type TBenchInventory = { organizationId: string; periodIds: string[]; lines: number };

/** Periods 2022–2025 with `linesByPeriod[i]` lines each (4 per activity); the caller measures one of them. */
export async function seedReportingBench(db: Db, linesByPeriod: readonly number[]): Promise<TBenchInventory> {
  const organization = await db.organization.create({ data: { name: "Bench org", slug: `bench-${Date.now()}` } });
  const organizationId = organization.id;
  const periodIds: string[] = [];
  for (const year of [2022, 2023, 2024, 2025]) {
    const p = await db.reportingPeriod.create({
      data: {
        organizationId,
        year,
        label: String(year),
        startDate: new Date(`${year}-01-01`),
        endDate: new Date(`${year}-12-31`),
      },
    });
    periodIds.push(p.id);
  }
  const sites: string[] = [];
  for (let i = 0; i < 5; i++)
    sites.push((await db.site.create({ data: { organizationId, name: `Site ${i}`, country: "FR" } })).id);
  const products: string[] = [];
  for (let i = 0; i < 10; i++)
    products.push(
      (await db.product.create({ data: { organizationId, name: `Produit ${i}`, functionalUnit: "unité" } })).id,
    );
  let lines = 0;
  for (const [p, periodId] of periodIds.entries()) {
    const activities = Math.ceil((linesByPeriod[p] ?? 0) / 4);
    lines += activities * 4;
    await db.$executeRaw(sql`
      INSERT INTO "ActivityData" ("id", "organizationId", "periodId", "siteId", "productId", "activityTypeId",
        "quantity", "unit", "status", "sourceKind", "kgCO2e", "updatedAt")
      SELECT ${`b${p}-`} || g, ${organizationId}, ${periodId}, (${sites}::text[])[1 + g % 5],
        CASE WHEN g % 3 = 0 THEN (${products}::text[])[1 + g % 10] END, (${TYPES}::text[])[1 + g % ${TYPES.length}],
        1, 'unit',
        (CASE WHEN g % 20 = 0 THEN 'SUBMITTED' WHEN g % 20 = 1 THEN 'DRAFT' ELSE 'VALIDATED' END)::"ActivityStatus",
        (CASE g % 4 WHEN 0 THEN 'FORM' WHEN 1 THEN 'CSV_IMPORT' WHEN 2 THEN 'SURVEY' ELSE 'MANUAL' END)::"ActivitySourceKind",
        0, now()
      FROM generate_series(1, ${activities}) g`);
    await db.$executeRaw(sql`
      WITH classes AS (
        SELECT ordinality - 1 AS i, scope, category, poste
        FROM unnest(${CLASSES.map((c) => c[0])}::int[], ${CLASSES.map((c) => c[1])}::int[],
                    ${CLASSES.map((c) => c[2])}::text[]) WITH ORDINALITY AS t(scope, category, poste)
      )
      INSERT INTO "EmissionLine" ("id", "organizationId", "activityId", "position", "periodId", "siteId", "productId",
        "activityTypeId", "scope", "ghgCategory", "begesPoste", "kgCO2e", "marketKgCO2e", "co2b", "quantity",
        "factorUnit", "factorId", "factorValue", "stageShare", "resolutionRule", "gwpSet", "uncertaintyPct",
        "factorUncertaintyKnown", "flags", "computedAt")
      SELECT a."id" || '-' || s, a."organizationId", a."id", s, a."periodId", a."siteId", a."productId",
        a."activityTypeId", c.scope, c.category, c.poste,
        round((random() * 1000)::numeric, 6),
        CASE WHEN c.scope = 2 THEN round((random() * 500)::numeric, 6) END,
        CASE WHEN s = 0 AND g % 10 = 0 THEN round((random() * 10)::numeric, 6) END,
        1, 'unit', (ARRAY['ademe:1@23.6', 'desnz:2@2025', 'ember:FR@2024', 'custom:c1'])[1 + (g + s) % 4], 1, 1,
        'exact', 'AR5',
        CASE WHEN (g + s) % 7 = 0 THEN NULL ELSE ((g + s) % 50)::numeric END, (g + s) % 7 <> 0, '{}', now()
      FROM (SELECT "id", "organizationId", "periodId", "siteId", "productId", "activityTypeId",
              substring("id" from '-(\\d+)$')::int AS g
            FROM "ActivityData" WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId}) a
      CROSS JOIN generate_series(0, 3) s
      JOIN classes c ON c.i = (a.g * 4 + s) % ${CLASSES.length}`);
  }
  await db.$executeRaw`ANALYZE "ActivityData"`;
  await db.$executeRaw`ANALYZE "EmissionLine"`;
  return { organizationId, periodIds, lines };
}
