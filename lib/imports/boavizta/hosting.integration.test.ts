import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { hostingFacets, hostingRows, hostingTotals } from "@/lib/imports/boavizta/hosting";
import { hostingFilterOf, ZResourceEstimate } from "@/lib/imports/boavizta/hosting-schemas";
import { estimateResource } from "@/lib/imports/boavizta/estimate";
import { rollbackImport } from "@/lib/imports/rollback";
import { assignProductByTag, assignSiteByTag } from "@/lib/imports/boavizta/tag-rules";
import { cloudScannerInventory } from "@/lib/imports/boavizta/testing/inventory";
import { commitBoaviztaFile } from "@/lib/imports/boavizta/testing/commit";
import { testDb } from "@/tests/fixtures/tenants";

// The hosting view and the product-by-tag rule against PostgreSQL, on a committed cloud-scanner inventory:
// figures as printed, totals equal to the inventory's, filters, not-assessed listed, tenancy, audit.
const db = testDb();
afterAll(() => db.$disconnect());

const booking = { app: "booking" };
const inventory = cloudScannerInventory([
  {
    id: "i-book-1",
    type: "m6g.xlarge",
    region: "eu-west-3",
    tags: booking,
    impacts: { gwp: [0.5, 0.25], adp: [2e-7, 1e-9], pe: [0.02, 0.2] },
  },
  {
    id: "i-web-1",
    type: "m6g.xlarge",
    region: "eu-west-1",
    tags: { app: "web" },
    impacts: { gwp: [0.3, 0.1], adp: [1e-7, 2e-9], pe: [0.01, 0.1] },
  },
  {
    id: "i-book-2",
    type: "c5.large",
    region: "eu-west-3",
    tags: booking,
    impacts: { gwp: [0.2, 0.05], adp: [3e-7, 3e-9], pe: [0.03, 0.3] },
  },
  { id: "i-book-x", type: "x9-unknown", region: "eu-west-3", tags: booking, impacts: null },
]);

let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let productId: string;
const all = hostingFilterOf({});

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2025]);
  productId = (
    await db.product.create({
      data: { organizationId: t.organizationId, name: "Réservations", functionalUnit: "booking" },
    })
  ).id;
  await commitBoaviztaFile(db, t.scope(), t.periodOf(2025), inventory);
});

describe("the hosting view", () => {
  it("lists every resource with its figures as printed, the not-assessed one without figures, largest first", async () => {
    const { rows, count } = await hostingRows(db, t.organizationId, all);
    expect(count).toBe(4);
    expect(rows.map((r) => [r.name, r.assessed, r.gwpEmbedded, r.gwpUse, r.inventoryKg])).toEqual([
      ["i-book-1", true, "0.5", "0.25", "0.75"],
      ["i-web-1", true, "0.3", "0.1", "0.4"],
      ["i-book-2", true, "0.2", "0.05", "0.25"],
      ["i-book-x", false, null, null, null], // never a zero: no figure at all
    ]);
    expect(rows[0]).toMatchObject({ provider: "AWS", region: "eu-west-3", resourceType: "m6g.xlarge", tags: booking });
  });

  it("totals per criterion and phase, and the inventory's total equals its activity rows", async () => {
    const totals = await hostingTotals(db, t.organizationId, all);
    expect(totals).toMatchObject({
      resources: 4,
      notAssessed: 1,
      gwpEmbedded: "1",
      gwpUse: "0.4",
      adpEmbedded: "0.0000006",
      peUse: "0.6",
      inventoryKg: "1.4",
    });
    const inventoryKg = await db.activityData.aggregate({
      where: { organizationId: t.organizationId },
      _sum: { kgCO2e: true },
    });
    expect(inventoryKg._sum.kgCO2e?.toFixed()).toBe("1.4");
  });

  it("filters by region, type, assessment and tag; sorts by any column", async () => {
    const names = async (params: Record<string, string>) =>
      (await hostingRows(db, t.organizationId, hostingFilterOf(params))).rows.map((r) => r.name);
    expect(await names({ region: "eu-west-1" })).toEqual(["i-web-1"]);
    expect(await names({ type: "c5.large" })).toEqual(["i-book-2"]);
    expect(await names({ assessed: "no" })).toEqual(["i-book-x"]);
    expect(await names({ tagKey: "app", tagValue: "booking", sort: "name", dir: "asc" })).toEqual([
      "i-book-1",
      "i-book-2",
      "i-book-x",
    ]);
    expect(await names({ sort: "gwpUse", dir: "asc" })).toEqual(["i-book-2", "i-web-1", "i-book-1", "i-book-x"]);
    expect(await names({ sort: "nonsense", page: "-3" })).toHaveLength(4); // bad parameters: no filter, page 1
    expect(await hostingFacets(db, t.organizationId)).toEqual({
      providers: ["AWS"],
      regions: ["eu-west-1", "eu-west-3"],
      types: ["c5.large", "m6g.xlarge", "x9-unknown"],
      tagKeys: ["app"],
    });
  });
});

describe("product by tag", () => {
  it("moves the tagged resources' rows and lines to the product, audited; the view filters by product", async () => {
    const rule = { periodId: t.periodOf(2025), tagKey: "app", tagValue: "booking", productId };
    expect(await assignProductByTag(db, t.scope(), rule)).toEqual({ matched: 4, changed: 4 }); // 2 phases × 2 assessed
    const lines = await db.emissionLine.groupBy({
      by: ["productId"],
      where: { organizationId: t.organizationId },
      _sum: { kgCO2e: true },
    });
    expect(Object.fromEntries(lines.map((l) => [l.productId ?? "none", l._sum.kgCO2e?.toFixed()]))).toEqual({
      [productId]: "1",
      none: "0.4",
    });
    const { rows } = await hostingRows(db, t.organizationId, hostingFilterOf({ productId }));
    expect(rows.map((r) => [r.name, r.productName])).toEqual([
      ["i-book-1", "Réservations"],
      ["i-book-2", "Réservations"],
    ]);
    expect(
      (await hostingRows(db, t.organizationId, hostingFilterOf({ productId: "none" }))).rows.map((r) => r.name),
    ).toEqual(["i-web-1"]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.organizationId, action: "activity.bulkSetProduct" },
    });
    expect(audit.after).toEqual({ productId, changed: 4 });
    // Applying the same rule again changes nothing and writes no audit row.
    expect(await assignProductByTag(db, t.scope(), rule)).toEqual({ matched: 4, changed: 0 });
    expect(
      await db.auditEvent.count({ where: { organizationId: t.organizationId, action: "activity.bulkSetProduct" } }),
    ).toBe(1);
  });

  it("refuses another organisation's product and a locked period, changing nothing", async () => {
    const other = await tenantWithPeriods(db, [2025]);
    const foreign = await db.product.create({
      data: { organizationId: other.organizationId, name: "Ailleurs", functionalUnit: "unit" },
    });
    const rule = { periodId: t.periodOf(2025), tagKey: "app", tagValue: "web", productId: foreign.id };
    await expect(assignProductByTag(db, t.scope(), rule)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another organisation sees nothing of these resources, and cannot aim at this one's period.
    expect((await hostingRows(db, other.organizationId, all)).count).toBe(0);
    await expect(assignProductByTag(db, other.scope(), { ...rule, productId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await db.reportingPeriod.update({ where: { id: t.periodOf(2025) }, data: { status: "LOCKED" } });
    try {
      await expect(assignProductByTag(db, t.scope(), { ...rule, productId })).rejects.toMatchObject({
        code: "PERIOD_LOCKED",
      });
    } finally {
      await db.reportingPeriod.update({ where: { id: t.periodOf(2025) }, data: { status: "OPEN" } });
    }
    const web = await hostingRows(db, t.organizationId, hostingFilterOf({ region: "eu-west-1" }));
    expect(web.rows[0]?.productId).toBeNull();
  });
});

describe("site by tag", () => {
  it("places the tagged resources' rows and lines at the site, figures unchanged (tool-assessed), audited, idempotent", async () => {
    const rule = { periodId: t.periodOf(2025), tagKey: "app", tagValue: "web", siteId: t.siteId };
    expect(await assignSiteByTag(db, t.scope(), rule)).toEqual({ matched: 2, changed: 2 }); // i-web-1's two phases
    const lines = await db.emissionLine.groupBy({
      by: ["siteId"],
      where: { organizationId: t.organizationId },
      _sum: { kgCO2e: true },
    });
    expect(Object.fromEntries(lines.map((l) => [l.siteId ?? "none", l._sum.kgCO2e?.toFixed()]))).toEqual({
      [t.siteId]: "0.4",
      none: "1",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.organizationId, action: "activity.bulkSetSite" },
    });
    expect(audit.after).toEqual({ siteId: t.siteId, changed: 2, recomputed: 0 }); // kgCO2e assessed: same figures
    expect(await assignSiteByTag(db, t.scope(), rule)).toEqual({ matched: 2, changed: 0 });
    const other = await tenantWithPeriods(db, [2025]);
    await expect(assignSiteByTag(db, t.scope(), { ...rule, siteId: other.siteId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(assignSiteByTag(db, other.scope(), { ...rule, siteId: other.siteId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("an estimate for a resource the tool did not assess", () => {
  const estimateOf = async (name: string) => {
    const { rows } = await hostingRows(db, t.organizationId, hostingFilterOf({}));
    return rows.find((r) => r.name === name);
  };

  it("books the typed figures like the tool's, replaces them when estimated again, and goes with a rollback", async () => {
    const unknown = await estimateOf("i-book-x");
    if (!unknown) throw new Error("no not-assessed resource");
    const estimate = ZResourceEstimate.parse({
      resourceId: unknown.id,
      embeddedKg: "0,4",
      useKg: "0.2",
      note: "Same family as m6g.xlarge",
    });
    expect(await estimateResource(db, t.scope(), estimate)).toEqual({ kgCO2e: "0.6", rows: 2 });
    expect(await estimateOf("i-book-x")).toMatchObject({ assessed: false, inventoryKg: "0.6", estimated: true });
    expect((await hostingTotals(db, t.organizationId, all)).inventoryKg).toBe("2"); // 1.4 assessed + 0.6
    const rows = await db.activityData.findMany({
      where: { organizationId: t.organizationId, sourceRef: { contains: ":estimate:" } },
      select: { activityTypeId: true, dataQuality: true, description: true, importId: true },
    });
    expect(rows.map((r) => [r.activityTypeId, r.dataQuality])).toEqual([
      ["digital.hosting.cloud_assessed", "estimated"],
      ["digital.hosting.cloud_assessed", "estimated"],
    ]);
    expect(rows[0]?.description).toContain("Same family as m6g.xlarge");

    // Estimated again with the use phase only: the manufacturing row goes.
    await estimateResource(db, t.scope(), { ...estimate, embeddedKg: "", useKg: 0.25 });
    expect(await estimateOf("i-book-x")).toMatchObject({ inventoryKg: "0.25", estimated: true });

    // An assessed resource, or another organisation's, cannot be estimated.
    const assessed = await estimateOf("i-web-1");
    await expect(
      estimateResource(db, t.scope(), { ...estimate, resourceId: assessed?.id ?? "" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const other = await tenantWithPeriods(db, [2025]);
    await expect(estimateResource(db, other.scope(), estimate)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Rolling the import back removes the tool's rows and the estimate alike.
    const importId = rows[0]?.importId ?? "";
    await rollbackImport(db, t.scope(), importId);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("refuses an estimate with no figure, a negative one or no reason", () => {
    const base = { resourceId: "r", embeddedKg: "", useKg: "", note: "a reason" };
    expect(ZResourceEstimate.safeParse(base).success).toBe(false);
    expect(ZResourceEstimate.safeParse({ ...base, useKg: "-1" }).success).toBe(false);
    expect(ZResourceEstimate.safeParse({ ...base, useKg: "1", note: "" }).success).toBe(false);
    expect(ZResourceEstimate.safeParse({ ...base, useKg: "1 250,5" }).data?.useKg).toBe(1250.5);
  });
});
