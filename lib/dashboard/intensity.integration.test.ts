import { afterAll, describe, expect, it } from "vitest";
import { loadIntensity } from "@/lib/dashboard/intensity";
import { getOverview } from "@/lib/dashboard/overview";
import { storeHandActivity } from "@/lib/reporting/testing";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

describe("overview intensities", () => {
  it("divides the period's validated total by its own headcount (else the profile's) and each product's emissions by its volume", async () => {
    const t = await createTenant(db);
    const organizationId = t.organization.id;
    await db.organization.update({
      where: { id: organizationId },
      data: { headcount: 50, annualRevenueEur: "2000000.00" },
    });
    const period = await db.reportingPeriod.create({
      data: {
        organizationId,
        year: 2025,
        label: "FY 2025",
        startDate: new Date("2025-01-01"),
        endDate: new Date("2025-12-31"),
        headcount: 40, // the period's own: wins over the profile's 50
      },
    });
    const [visio, stockage, archive] = await Promise.all(
      ["Visio", "Stockage", "Archive"].map((name) =>
        db.product.create({ data: { organizationId, name, functionalUnit: name === "Visio" ? "hour" : "GB" } }),
      ),
    );
    const store = (productId: string | null, kg: string, status: "VALIDATED" | "DRAFT" = "VALIDATED") =>
      storeHandActivity(db, organizationId, {
        periodId: period.id,
        activityTypeId: "fuel.gas",
        productId,
        status,
        lines: [{ kg, scope: 1, begesPoste: "1.1" }],
      });
    await store(visio!.id, "1200.000001");
    await store(visio!.id, "500", "DRAFT"); // not validated: not in the figure
    await store(stockage!.id, "300");
    await store(null, "498.999999");
    await db.productPeriodVolume.create({
      data: { organizationId, productId: visio!.id, periodId: period.id, volume: "3000" },
    });
    await db.productPeriodVolume.create({
      data: { organizationId, productId: archive!.id, periodId: period.id, volume: "10" },
    });

    const overview = await getOverview(db, organizationId, period.id, { basis: "validated", scope2: "location" });
    const intensity = await loadIntensity(db, organizationId, period.id, overview);
    // Total 1200.000001 + 300 + 498.999999 = 1999 kg.
    expect(overview.total.kg).toBe("1999.000000");
    expect(intensity.headcount).toEqual({ value: 40, source: "period" });
    expect(intensity.perEmployeeKg).toBe("49.975");
    expect(intensity.revenueEur).toEqual({ value: "2000000.00", source: "organization" });
    expect(intensity.perThousandEurosKg).toBe("0.9995");
    expect(intensity.products).toEqual([
      { id: archive!.id, name: "Archive", functionalUnit: "GB", kg: "0", volume: "10", perUnitKg: "0" },
      { id: stockage!.id, name: "Stockage", functionalUnit: "GB", kg: "300.000000", volume: null, perUnitKg: null },
      { id: visio!.id, name: "Visio", functionalUnit: "hour", kg: "1200.000001", volume: "3000", perUnitKg: "0.4" },
    ]);
  });

  it("gives no intensity without a headcount or revenue anywhere", async () => {
    const t = await createTenant(db);
    const period = await db.reportingPeriod.create({
      data: {
        organizationId: t.organization.id,
        year: 2025,
        label: "2025",
        startDate: new Date("2025-01-01"),
        endDate: new Date("2025-12-31"),
      },
    });
    const overview = await getOverview(db, t.organization.id, period.id, { basis: "validated", scope2: "location" });
    expect(await loadIntensity(db, t.organization.id, period.id, overview)).toEqual({
      headcount: null,
      revenueEur: null,
      perEmployeeKg: null,
      perThousandEurosKg: null,
      products: [],
    });
  });
});
