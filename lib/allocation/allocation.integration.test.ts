// Allocation against a real PostgreSQL: keys stored through the store (zod, audit, locked period), read
// through the reporting layer. Figures are hand-written lines, so every kg below can be checked by hand.
import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { fromMillionths, toMillionths } from "@/lib/allocation/shares";
import { loadAllocation } from "@/lib/allocation/queries";
import { zAllocationKey } from "@/lib/allocation/schemas";
import { deleteAllocationKey, setAllocationKey } from "@/lib/allocation/store";
import { productFootprint } from "@/lib/dashboard/product-footprint";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const parse = (input: unknown) => zAllocationKey("fr").parse(input);
const basis = { statuses: "validated", scope2: "location" } as const;
const add = (...kgs: string[]) => fromMillionths(kgs.reduce((a, k) => a + toMillionths(k), 0n));

async function setup() {
  const t = await tenantWithPeriods(db, [2024, 2025], { locked: [2025] });
  const organizationId = t.organizationId;
  const product = (name: string) => db.product.create({ data: { organizationId, name, functionalUnit: "request" } });
  const app = await product("App");
  const api = await product("Api");
  const p2024 = t.periodOf(2024);
  const line = (
    productId: string | null,
    kg: string,
    scope: 1 | 2 | 3,
    ghgCategory?: number,
    sourceKind?: "BOAVIZTA_IMPORT",
  ) =>
    storeHandActivity(db, organizationId, {
      periodId: p2024,
      activityTypeId: "test.line",
      productId,
      ...(sourceKind ? { sourceKind } : {}),
      lines: [{ kg, scope, ...(ghgCategory ? { ghgCategory } : {}), begesPoste: "1.1" }],
    });
  await line(null, "1000.000001", 2); // office electricity, shared
  await line(null, "300", 3, 1); // purchases, shared
  await line(app.id, "200", 3, 1); // purchases tagged with App: direct, never re-allocated
  await line(null, "70", 3, 6); // travel: no key, stays unallocated
  await line(app.id, "30", 3, 1, "BOAVIZTA_IMPORT"); // App's servers
  await line(api.id, "90", 3, 1, "BOAVIZTA_IMPORT"); // Api's servers
  // The same shared electricity in the locked 2025 period.
  await storeHandActivity(db, organizationId, {
    periodId: t.periodOf(2025),
    activityTypeId: "test.line",
    lines: [{ kg: "500", scope: 2, begesPoste: "2.1" }],
  });
  return { t, app, api, p2024 };
}

const headcount = (periodId: string, app: string, api: string, post = "scope2") =>
  parse({
    periodId,
    post,
    kind: "HEADCOUNT",
    inputs: [
      { productId: app, value: "3" },
      { productId: api, value: "6" },
    ],
  });

describe("allocation of shared posts to products", () => {
  it("allocates exactly 100 % of each keyed post's untagged part; products + unallocated = organisation total", async () => {
    const { t, app, api, p2024 } = await setup();
    await setAllocationKey(db, t.scope(), headcount(p2024, app.id, api.id));
    await setAllocationKey(db, t.scope(), parse({ periodId: p2024, post: "3.1", kind: "HOSTING", inputs: [] }));
    const result = (await loadAllocation(db, t.organizationId, { periodIds: [p2024], ...basis })).get(p2024)!;
    const electricity = result.posts.find((p) => p.post === "scope2")!;
    // 1,000,000,001 mg by 3 : 6 → 333,333,333 r 6 and 666,666,667 r 3: the lost mg goes to App (largest remainder).
    expect(Object.fromEntries(electricity.shares.map((s) => [s.productId, s.kg]))).toEqual({
      [app.id]: "333.333334",
      [api.id]: "666.666667",
    });
    expect(add(...electricity.shares.map((s) => s.kg))).toBe(electricity.untaggedKg);
    const purchases = result.posts.find((p) => p.post === "3.1")!;
    // 3.1 = 300 untagged + 200 App + 30 App Boavizta + 90 Api Boavizta; only the 300 are split, by 30 : 90.
    expect(purchases).toMatchObject({ kg: "620.000000", untaggedKg: "300.000000", unallocatedKg: "0.000000" });
    expect(purchases.directKg).toEqual({ [app.id]: "230.000000", [api.id]: "90.000000" });
    const byId = Object.fromEntries(purchases.shares.map((s) => [s.productId, s.kg]));
    expect(byId).toEqual({ [app.id]: "75.000000", [api.id]: "225.000000" });
    const travel = result.posts.find((p) => p.post === "3.6")!;
    expect(travel).toMatchObject({ key: null, unallocatedKg: "70.000000" });
    const [first, second] = result.products;
    expect(add(first!.totalKg, second!.totalKg, result.unallocatedKg)).toBe(result.organizationKg);
    expect(result.organizationKg).toBe("1690.000001");
    const appTotal = result.products.find((p) => p.productId === app.id)!;
    expect(appTotal).toMatchObject({ directKg: "230.000000", allocatedKg: "408.333334", totalKg: "638.333334" });
  });

  it("gives the product page direct + allocated, and intensity = product total / functional-unit volume", async () => {
    const { t, app, api, p2024 } = await setup();
    await setAllocationKey(db, t.scope(), headcount(p2024, app.id, api.id));
    await db.productPeriodVolume.create({
      data: { organizationId: t.organizationId, productId: app.id, periodId: p2024, volume: "1000" },
    });
    const periods = [{ id: p2024, label: "2024" }];
    const footprint = await productFootprint(db, t.organizationId, {
      productId: app.id,
      periodId: p2024,
      periods,
      statuses: "validated",
    });
    expect(footprint).toMatchObject({
      directKgCO2e: "230.000000",
      allocatedKgCO2e: "333.333334",
      kgCO2e: "563.333334",
      volume: "1000",
      perUnitKg: "0.563333", // 563.333334 kg / 1000 requests, to the mg
    });
    expect(footprint.parts.allocated).toBe("333.333334");
    expect(footprint.allocated).toEqual([
      { post: "scope2", kind: "HEADCOUNT", weight: "3", share: "0.333333", kg: "333.333334" },
    ]);
    expect(footprint.trend).toEqual([{ periodId: p2024, label: "2024", kgCO2e: "563.333334", perUnitKg: "0.563333" }]);
  });

  it("changing a key recomputes its post only; other posts, other periods and the lines stay as they were", async () => {
    const { t, app, api, p2024 } = await setup();
    const p2025 = t.periodOf(2025);
    await setAllocationKey(db, t.scope(), headcount(p2024, app.id, api.id));
    await setAllocationKey(
      db,
      t.scope(),
      parse({ periodId: p2024, post: "3.1", kind: "REVENUE", inputs: [{ productId: app.id, value: "1 000 000" }] }),
    );
    const read = async () => loadAllocation(db, t.organizationId, { periodIds: [p2024, p2025], ...basis });
    const lines = () =>
      db.emissionLine.findMany({ where: { organizationId: t.organizationId }, orderBy: { id: "asc" } });
    const before = await read();
    const linesBefore = await lines();
    await setAllocationKey(
      db,
      t.scope(),
      parse({
        periodId: p2024,
        post: "3.1",
        kind: "CUSTOM",
        inputs: [
          { productId: app.id, value: "40" },
          { productId: api.id, value: "60" },
        ],
      }),
    );
    const after = await read();
    const post = (m: typeof before, period: string, key: string) => m.get(period)!.posts.find((p) => p.post === key);
    expect(post(before, p2024, "3.1")!.shares.find((s) => s.productId === app.id)!.kg).toBe("300.000000");
    expect(post(after, p2024, "3.1")!.shares.map((s) => [s.productId, s.kg])).toEqual(
      expect.arrayContaining([
        [app.id, "120.000000"],
        [api.id, "180.000000"],
      ]),
    );
    expect(post(after, p2024, "scope2")).toEqual(post(before, p2024, "scope2"));
    expect(post(after, p2024, "3.6")).toEqual(post(before, p2024, "3.6"));
    expect(after.get(p2025)).toEqual(before.get(p2025));
    expect(after.get(p2024)!.organizationKg).toBe(before.get(p2024)!.organizationKg);
    expect(await lines()).toEqual(linesBefore);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityType: "AllocationKey" },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "allocationKey.create",
      "allocationKey.create",
      "allocationKey.update",
    ]);
    await deleteAllocationKey(db, t.scope(), { periodId: p2024, post: "3.1" });
    expect(post(await read(), p2024, "3.1")).toMatchObject({ key: null, unallocatedKg: "300.000000" });
  });

  it("refuses bad input with nothing saved: negative revenue, custom % not 100, all zero, foreign product or period, locked period", async () => {
    const { t, app, api, p2024 } = await setup();
    const other = await tenantWithPeriods(db, [2024]);
    const foreignProduct = await db.product.create({
      data: { organizationId: other.organizationId, name: "Theirs", functionalUnit: "unit" },
    });
    const bad = (input: unknown) => zAllocationKey("fr").safeParse(input);
    const negative = bad({
      periodId: p2024,
      post: "scope2",
      kind: "REVENUE",
      inputs: [{ productId: app.id, value: "-5" }],
    });
    expect(negative.success).toBe(false);
    const custom = bad({
      periodId: p2024,
      post: "scope2",
      kind: "CUSTOM",
      inputs: [
        { productId: app.id, value: "40" },
        { productId: api.id, value: "59,9" },
      ],
    });
    expect(custom.error?.issues.map((i) => i.message)).toEqual(["allocation.validation.customSum?sum=99.9"]);
    expect(bad({ periodId: p2024, post: "scope2", kind: "HEADCOUNT", inputs: [] }).success).toBe(false);
    expect(bad({ periodId: p2024, post: "3.99", kind: "HOSTING", inputs: [] }).success).toBe(false);
    const withForeign = parse({
      periodId: p2024,
      post: "scope2",
      kind: "HEADCOUNT",
      inputs: [
        { productId: app.id, value: "1" },
        { productId: foreignProduct.id, value: "1" },
      ],
    });
    await expect(setAllocationKey(db, t.scope(), withForeign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setAllocationKey(db, t.scope(), headcount(other.periodOf(2024), app.id, api.id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setAllocationKey(db, t.scope(), headcount(t.periodOf(2025), app.id, api.id))).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    for (const organizationId of [t.organizationId, other.organizationId]) {
      expect(await db.allocationKey.count({ where: { organizationId } })).toBe(0);
      expect(await db.allocationKeyInput.count({ where: { organizationId } })).toBe(0);
      expect(await db.auditEvent.count({ where: { organizationId, entityType: "AllocationKey" } })).toBe(0);
    }
  });
});
