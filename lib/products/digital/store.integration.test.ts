import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { AppError } from "@/lib/errors";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { evaluateModel } from "@/lib/products/digital/evaluate";
import { getDigitalModel } from "@/lib/products/digital/queries";
import { saveDigitalModel } from "@/lib/products/digital/store";
import { JOURNEY_MODEL } from "@/lib/products/digital/testing";
import { productFootprint } from "@/lib/dashboard/product-footprint";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const model = JOURNEY_MODEL;

async function setup() {
  const t = await tenantWithPeriods(db, [2025]);
  const product = await db.product.create({
    data: { organizationId: t.organizationId, name: "Analytics", functionalUnit: "request" },
  });
  return { t, product, periodId: t.periodOf(2025) };
}

const modelActivities = (organizationId: string) =>
  db.activityData.findMany({
    where: { organizationId, sourceKind: "PRODUCT_MODEL" },
    include: { lines: true },
    orderBy: { sourceRef: "asc" },
  });

describe("product digital model", () => {
  it("books network and devices as the product's cat. 11 activity data, equal to the in-memory model", async () => {
    const { t, product, periodId } = await setup();
    const result = await saveDigitalModel(db, t.scope(), { productId: product.id, periodId, model });
    const rows = await modelActivities(t.organizationId);
    // SWD: network + device energy per country (3 × 2) and the two embodied activities.
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.productId).toBe(product.id);
      for (const line of row.lines) expect([line.scope, line.ghgCategory, line.begesPoste]).toEqual([3, 11, "5.1"]);
    }
    const { index } = await buildOrganizationFactorIndex(db, t.organizationId);
    const expected = evaluateModel(model, index, 2025).kgCO2e;
    expect(Number(result.kgCO2e)).toBeCloseTo(expected, 3);
    expect((await getDigitalModel(db, t.organizationId, product.id, periodId))?.model).toEqual(model);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityType: "ProductDigitalModel" },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["productDigitalModel.compute", "productDigitalModel.create"]);
  });

  it("switching method replaces the model's lines, never duplicates them, and the page reads them", async () => {
    const { t, product, periodId } = await setup();
    await saveDigitalModel(db, t.scope(), { productId: product.id, periodId, model });
    await saveDigitalModel(db, t.scope(), { productId: product.id, periodId, model });
    expect(await modelActivities(t.organizationId)).toHaveLength(8);
    const switched = await saveDigitalModel(db, t.scope(), {
      productId: product.id,
      periodId,
      model: { ...model, method: "ADEME_ARCEP" },
    });
    const rows = await modelActivities(t.organizationId);
    // ADEME-Arcep: fixed + mobile network + device electricity per country; no SWD row left.
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => !r.activityTypeId.includes("swd"))).toBe(true);
    expect(switched.removed).toBe(8);
    const footprint = await productFootprint(db, t.organizationId, {
      productId: product.id,
      periodId,
      periods: [{ id: periodId, label: "2025" }],
      statuses: "all",
    });
    expect(Number(footprint.kgCO2e)).toBeCloseTo(Number(switched.kgCO2e), 4);
    expect(Number(footprint.parts.network) + Number(footprint.parts.devices)).toBeCloseTo(Number(switched.kgCO2e), 4);
    expect(footprint.parts.servers).toBe("0.000000");
    // Intensity per functional unit = the product's stored total / the period's volume.
    await db.productPeriodVolume.create({
      data: { organizationId: t.organizationId, productId: product.id, periodId, volume: 24_000_000 },
    });
    const withVolume = await productFootprint(db, t.organizationId, {
      productId: product.id,
      periodId,
      periods: [{ id: periodId, label: "2025" }],
      statuses: "all",
    });
    // 6 significant digits (lib/dashboard/intensity-math.ts).
    expect(Number(withVolume.perUnitKg)).toBeCloseTo(Number(withVolume.kgCO2e) / 24_000_000, 9);
    expect(withVolume.trend).toEqual([
      { periodId, label: "2025", kgCO2e: withVolume.kgCO2e, perUnitKg: withVolume.perUnitKg },
    ]);
    // Validated only: the model's rows are drafts until reviewed, so nothing yet.
    const validated = await productFootprint(db, t.organizationId, {
      productId: product.id,
      periodId,
      periods: [{ id: periodId, label: "2025" }],
      statuses: "validated",
    });
    expect(Number(validated.kgCO2e)).toBe(0);
  });

  it("refuses another organisation's product or period and writes nothing", async () => {
    const { product, periodId } = await setup();
    const other = await tenantWithPeriods(db, [2025]);
    await expect(
      saveDigitalModel(db, other.scope(), { productId: product.id, periodId, model }),
    ).rejects.toBeInstanceOf(AppError);
    const own = await db.product.create({
      data: { organizationId: other.organizationId, name: "Own", functionalUnit: "visit" },
    });
    await expect(saveDigitalModel(db, other.scope(), { productId: own.id, periodId, model })).rejects.toBeInstanceOf(
      AppError,
    );
    expect(await db.productDigitalModel.count({ where: { productId: { in: [product.id, own.id] } } })).toBe(0);
  });

  it("refuses a locked period", async () => {
    const t = await tenantWithPeriods(db, [2024], { locked: [2024] });
    const product = await db.product.create({
      data: { organizationId: t.organizationId, name: "P", functionalUnit: "visit" },
    });
    await expect(
      saveDigitalModel(db, t.scope(), { productId: product.id, periodId: t.periodOf(2024), model }),
    ).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
  });
});
