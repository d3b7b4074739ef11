// The emission-lines pages across organisations (app/(app)/[org]/lines, lines/[lineId]): what the pages
// load for organisation A, from an address full of organisation B's ids, holds nothing of B's; B's line id
// finds nothing. The pages themselves answer 404 on B's slug (e2e/cross-tenant-http.spec.ts PAGE_ROUTES).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { linesHref, parseLinesQuery } from "@/lib/dashboard/drill-link";
import { loadLinesSection } from "@/lib/dashboard/lines-section";
import { getEmissionLine } from "@/lib/reporting/line-detail";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

let a: Awaited<ReturnType<typeof tenantWithPeriods>>;
let b: Awaited<ReturnType<typeof tenantWithPeriods>>;
let lineOfB: string;
let productOfB: string;

const queryOf = (href: string) => {
  const search: Record<string, string[]> = {};
  for (const [k, v] of new URL(href, "http://x").searchParams) (search[k] ??= []).push(v);
  return parseLinesQuery(search);
};

beforeAll(async () => {
  a = await tenantWithPeriods(db, [2024]);
  b = await tenantWithPeriods(db, [2024]);
  productOfB = (
    await db.product.create({ data: { organizationId: b.organizationId, name: "Produit B", functionalUnit: "u" } })
  ).id;
  await storeHandActivity(db, a.organizationId, {
    periodId: a.periodOf(2024),
    activityTypeId: "travel.plane",
    siteId: a.siteId,
    lines: [{ kg: "10", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  const activityOfB = await storeHandActivity(db, b.organizationId, {
    periodId: b.periodOf(2024),
    activityTypeId: "travel.plane",
    siteId: b.siteId,
    productId: productOfB,
    lines: [{ kg: "777", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  lineOfB = (await db.emissionLine.findFirstOrThrow({ where: { activityId: activityOfB } })).id;
});

describe("cross-tenant emission lines", () => {
  it("A's list asked for B's period shows A's own latest period, without B's lines or names", async () => {
    const section = await loadLinesSection(db, a.organizationId, queryOf(linesHref("a", { period: b.periodOf(2024) })));
    expect(section?.period.id).toBe(a.periodOf(2024));
    expect(section?.page.rows.map((r) => r.kgCO2e)).toEqual(["10.000000"]);
    expect(Object.keys(section?.names.sites ?? {})).toEqual([a.siteId]);
    expect(section?.names.products).toEqual({});
  });

  it("B's site, product and a cursor at B's line as A's filters select nothing", async () => {
    for (const filters of [{ siteIds: [b.siteId] }, { productIds: [productOfB] }]) {
      const section = await loadLinesSection(db, a.organizationId, queryOf(linesHref("a", { filters })));
      expect(section?.page.rows).toEqual([]);
      expect(section?.total).toEqual({ kg: "0.000000", lines: 0 });
    }
    const after = await loadLinesSection(
      db,
      a.organizationId,
      queryOf(linesHref("a", { after: { kg: "1000", id: lineOfB } })),
    );
    expect(after?.page.rows.map((r) => r.kgCO2e)).toEqual(["10.000000"]); // A's own lines below the cursor
  });

  it("B's line id through A is nothing, under either scope-2 method", async () => {
    expect(await getEmissionLine(db, a.organizationId, lineOfB, "location")).toBeNull();
    expect(await getEmissionLine(db, a.organizationId, lineOfB, "market")).toBeNull();
    expect((await getEmissionLine(db, b.organizationId, lineOfB, "location"))?.kgCO2e).toBe("777.000000");
  });
});
