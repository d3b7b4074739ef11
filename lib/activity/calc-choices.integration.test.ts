import { afterAll, describe, expect, it } from "vitest";
import { createActivity, recomputeActivities, updateActivity } from "@/lib/activity/mutations";
import { previewActivity } from "@/lib/activity/queries";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { updatePeriodCalcSettings } from "@/lib/periods/calc-settings";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { updateSiteEnergy } from "@/lib/sites/energy";
import { zSiteEnergy } from "@/lib/sites/energy-schema";
import { testDb } from "@/tests/fixtures/tenants";

// Calculation choices stored with the inventory (site energy, activity instrument, data quality, chosen
// library factor, period settings), computed through the engine and checked against ADEME Base Empreinte
// 23.6 values worked by hand.
const db = testDb();
afterAll(() => db.$disconnect());

const linesOf = (organizationId: string, activityId: string) =>
  db.emissionLine.findMany({ where: { organizationId, activityId }, orderBy: { position: "asc" } });
const heat = (periodId: string, overrides: Record<string, unknown> = {}) =>
  ZActivityCreate.parse({
    periodId,
    activityTypeId: "energy.district_heating",
    quantity: "10000",
    unit: "kWh",
    ...overrides,
  });
const siteEnergy = (values: Record<string, unknown>) =>
  zSiteEnergy("en").parse({ heatNetwork: null, coolingNetwork: null, marketInstrument: null, ...values });

describe("scope 2 market-based instruments", () => {
  it("supplier contract at the site: 12,000 kWh × 0.025 = 300 kgCO2e market-based, contractual; location-based stays 12,000 × 0.0519 = 622.8", async () => {
    const t = await tenantWithPeriods(db);
    const { changed, periodIds } = await updateSiteEnergy(
      db,
      t.scope(),
      t.siteId,
      siteEnergy({ marketInstrument: { kind: "supplier", kgCO2ePerKWh: "0.025", supplier: "Enercoop" } }),
    );
    expect({ changed, periodIds }).toEqual({ changed: true, periodIds: [] });
    const a = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId }));
    expect(a.kgCO2e.toFixed()).toBe("622.8");
    const lines = await linesOf(t.organizationId, a.id);
    const scope2 = lines.filter((l) => l.scope === 2);
    expect(scope2.map((l) => [l.kgCO2e.toFixed(), l.marketKgCO2e?.toFixed(), l.marketBasis])).toEqual([
      ["420", "300", "contractual"],
    ]);
    const audit = await db.auditEvent.findFirst({
      where: { organizationId: t.organizationId, entityId: t.siteId, action: "site.energy" },
    });
    expect(audit?.after).toMatchObject({ marketInstrument: { kind: "supplier", kgCO2ePerKWh: "0.025" } });
    // With an activity at the site, a change of contract names the open period to recompute.
    const again = await updateSiteEnergy(
      db,
      t.scope(),
      t.siteId,
      siteEnergy({ marketInstrument: { kind: "residual_mix", kgCO2ePerKWh: "0.0637", supplier: "AIB 2024" } }),
    );
    expect(again.periodIds).toEqual([t.periodOf(2024)]);
  });

  it("guarantees of origin on the activity override the site's contract: 12,000 kWh × 0 = 0 kgCO2e market-based, contractual", async () => {
    const t = await tenantWithPeriods(db);
    await updateSiteEnergy(
      db,
      t.scope(),
      t.siteId,
      siteEnergy({ marketInstrument: { kind: "supplier", kgCO2ePerKWh: "0.025" } }),
    );
    const a = await createActivity(
      db,
      t.scope(),
      electricity(t.periodOf(2024), {
        siteId: t.siteId,
        marketInstrument: { kind: "guarantee_of_origin", certificateRef: "GO-FR-2024-0042" },
      }),
    );
    const [line] = (await linesOf(t.organizationId, a.id)).filter((l) => l.scope === 2);
    expect([line?.kgCO2e.toFixed(), line?.marketKgCO2e?.toFixed(), line?.marketBasis]).toEqual([
      "420",
      "0",
      "contractual",
    ]);
    const stored = await db.activityData.findFirstOrThrow({ where: { id: a.id, organizationId: t.organizationId } });
    expect(stored.marketInstrument).toMatchObject({ kind: "guarantee_of_origin", certificateRef: "GO-FR-2024-0042" });
  });

  it("without any instrument, market-based = location-based (12,000 × 0.0519 → 420 on scope 2), marked location-fallback", async () => {
    const t = await tenantWithPeriods(db);
    const a = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId }));
    const [line] = (await linesOf(t.organizationId, a.id)).filter((l) => l.scope === 2);
    expect([line?.marketKgCO2e?.toFixed(), line?.marketBasis]).toEqual(["420", "location-fallback"]);
  });
});

describe("district heating networks", () => {
  it("uses the site's network: 10,000 kWh on Bourg-en-Bresse La Reyssouze (ademe:36219, 0.194) = 1,940 kgCO2e; without one, 'other networks' 0.385 → 3,850, combustion-only", async () => {
    const t = await tenantWithPeriods(db);
    const plain = await createActivity(db, t.scope(), heat(t.periodOf(2024), { siteId: t.siteId }));
    expect(plain.kgCO2e.toFixed()).toBe("3850");
    const [fallback] = await linesOf(t.organizationId, plain.id);
    expect(fallback?.factorId).toBe("ademe:37089@23.6");
    expect(fallback?.flags).toContain("combustion-only");

    await updateSiteEnergy(db, t.scope(), t.siteId, siteEnergy({ heatNetwork: "fr-36219" }));
    const a = await createActivity(db, t.scope(), heat(t.periodOf(2024), { siteId: t.siteId }));
    expect(a.kgCO2e.toFixed()).toBe("1940");
    const [line] = await linesOf(t.organizationId, a.id);
    expect([line?.factorId, line?.scope, line?.begesPoste, line?.flags]).toEqual([
      "ademe:36219@23.6",
      2,
      "2.2",
      ["not-decomposed"],
    ]);
    // The activity's own network wins over the site's: Lyon (ademe:36808, 0.131) → 1,310.
    const lyon = await createActivity(
      db,
      t.scope(),
      heat(t.periodOf(2024), { siteId: t.siteId, options: { network: "lyon" } }),
    );
    expect(lyon.kgCO2e.toFixed()).toBe("1310");
    // Recomputing the period now moves the earlier activity to the site's network.
    await recomputeActivities(db, t.scope(), { periodId: t.periodOf(2024) });
    const moved = await db.activityData.findFirstOrThrow({ where: { id: plain.id, organizationId: t.organizationId } });
    expect(moved.kgCO2e.toFixed()).toBe("1940");
  });

  it("refuses a network ADEME does not list", () => {
    expect(zSiteEnergy("en").safeParse({ heatNetwork: "atlantis" }).success).toBe(false);
    expect(zSiteEnergy("en").safeParse({ coolingNetwork: "fr-36259" }).success).toBe(true); // Roquebrune cooling
  });
});

describe("period calculation settings", () => {
  it("contrails off: 1,000 p.km on a 101–220 seat plane, 2,000–5,000 km leg = 167 kgCO2e with contrails (43747, 0.167), 91.8 without (43748, 0.0918)", async () => {
    const t = await tenantWithPeriods(db);
    const flight = ZActivityCreate.parse({
      periodId: t.periodOf(2024),
      activityTypeId: "travel.plane",
      quantity: "1000",
      unit: "p.km",
      options: { legKm: 3000 },
    });
    const a = await createActivity(db, t.scope(), flight);
    expect(a.kgCO2e.toFixed()).toBe("167");
    const { changed } = await updatePeriodCalcSettings(db, t.scope(), t.periodOf(2024), {
      gwpSet: "AR5",
      includeContrails: false,
      capitalGoodsMethod: "whole",
    });
    expect(changed).toBe(true);
    // Every write path now computes with the period's settings: a preview, a new activity, an update…
    const preview = await previewActivity(db, t.organizationId, flight);
    expect(preview.ok && Number(preview.kgCO2e)).toBe(91.8);
    const b = await createActivity(db, t.scope(), flight);
    expect(b.kgCO2e.toFixed()).toBe("91.8");
    const { requestId: _request, ...row } = flight; // a bulk row names no request
    const bulk = await saveActivitiesBulk(db, t.scope(), [{ ...row, sourceKind: "CSV_IMPORT", sourceRef: "f1" }]);
    expect(Number(bulk.kgCO2e)).toBe(91.8);
    // …and the recalculation moves the earlier one.
    await recomputeActivities(db, t.scope(), { periodId: t.periodOf(2024) });
    const lines = await linesOf(t.organizationId, a.id);
    expect(lines.every((l) => l.contrailsIncluded === false && l.factorId === "ademe:43748@23.6")).toBe(true);
    const audit = await db.auditEvent.findFirst({
      where: { organizationId: t.organizationId, entityId: t.periodOf(2024), action: "period.calcSettings" },
    });
    expect(audit?.before).toMatchObject({ includeContrails: true });
    expect(audit?.after).toMatchObject({ includeContrails: false });
  });

  it("a locked period refuses a change of settings; another organisation's period is not found; no change writes nothing", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024], { locked: [2023] });
    const other = await tenantWithPeriods(db);
    const settings = { gwpSet: "AR6", includeContrails: true, capitalGoodsMethod: "whole" } as const;
    await expect(updatePeriodCalcSettings(db, t.scope(), t.periodOf(2023), settings)).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    await expect(updatePeriodCalcSettings(db, t.scope(), other.periodOf(2024), settings)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const same = await updatePeriodCalcSettings(db, t.scope(), t.periodOf(2024), { ...settings, gwpSet: "AR5" });
    expect(same.changed).toBe(false);
    await setPeriodLocked(db, t.scope(), t.periodOf(2024), true);
    await expect(updatePeriodCalcSettings(db, t.scope(), t.periodOf(2024), settings)).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
  });
});

describe("activity data uncertainty", () => {
  it("level 'estimated' → 30 %: 12,000 kWh of French electricity (factor ±10 %) gives lines of ±√(30² + 10²) = ±31.62 %; an explicit 5 % wins: ±√(5² + 10²) = ±11.18 %", async () => {
    const t = await tenantWithPeriods(db);
    const a = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { dataQuality: "estimated" }));
    const stored = await db.activityData.findFirstOrThrow({ where: { id: a.id, organizationId: t.organizationId } });
    expect([stored.dataQuality, stored.uncertaintyPct]).toEqual(["estimated", null]);
    const [line] = await linesOf(t.organizationId, a.id);
    expect(Number(line?.uncertaintyPct).toFixed(2)).toBe("31.62");
    await updateActivity(
      db,
      t.scope(),
      a.id,
      electricity(t.periodOf(2024), { dataQuality: "estimated", uncertaintyPct: "5" }),
    );
    const [explicit] = await linesOf(t.organizationId, a.id);
    expect(Number(explicit?.uncertaintyPct).toFixed(2)).toBe("11.18");
  });
});

describe("a library factor chosen for an activity", () => {
  it("10,000 kWh of district heating on Paris CPCU chosen from the library (ademe:36885, 0.18) = 1,800 kgCO2e, rule 'selected', still scope 2 / BEGES 2.2", async () => {
    const t = await tenantWithPeriods(db);
    const a = await createActivity(
      db,
      t.scope(),
      heat(t.periodOf(2024), { libraryFactorId: "ademe:36885@23.6" }), // a versioned id from the search
    );
    expect(a.kgCO2e.toFixed()).toBe("1800");
    expect(a.libraryFactorId).toBe("ademe:36885");
    const [line] = await linesOf(t.organizationId, a.id);
    expect([line?.factorId, line?.resolutionRule, line?.scope, line?.begesPoste]).toEqual([
      "ademe:36885@23.6",
      "selected",
      2,
      "2.2",
    ]);
    expect(line?.flags).toContain("selected-factor");
  });

  it("refuses an unknown factor, a factor of another unit, and a custom and a library factor together, saving nothing", async () => {
    const t = await tenantWithPeriods(db);
    const unknown = createActivity(db, t.scope(), heat(t.periodOf(2024), { libraryFactorId: "ademe:99999999" }));
    await expect(unknown).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { libraryFactorId: "activity.validation.unknownLibraryFactor" },
    });
    // Heating oil is per litre: it cannot price kWh.
    const otherUnit = createActivity(db, t.scope(), heat(t.periodOf(2024), { libraryFactorId: "ademe:14087" }));
    await expect(otherUnit).rejects.toMatchObject({
      fieldErrors: { libraryFactorId: "activity.validation.libraryFactorUnit" },
    });
    const both = ZActivityCreate.safeParse({
      ...heat(t.periodOf(2024)),
      customFactorId: "cf1",
      libraryFactorId: "ademe:36885",
    });
    expect(both.success ? null : both.error.issues[0]?.message).toBe("activity.validation.twoFactors");
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });
});
