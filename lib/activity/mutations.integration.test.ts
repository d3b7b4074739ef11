import { afterAll, describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc";
import { createCustomFactor, versionCustomFactor } from "@/lib/factors/db/custom-mutations";
import { zCustomFactorCreate } from "@/lib/factors/db/custom-schemas";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { microToDecimal, toMicro } from "@/lib/numbers/decimal";
import {
  createActivity,
  deleteActivity,
  recomputeActivities,
  recomputeActivity,
  updateActivity,
} from "@/lib/activity/mutations";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { activityTotals } from "@/lib/reporting/activity-totals";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const linesOf = (organizationId: string, activityId: string) =>
  db.emissionLine.findMany({ where: { organizationId, activityId }, orderBy: { position: "asc" } });
const auditOf = (organizationId: string, entityId: string) =>
  db.auditEvent.findMany({ where: { organizationId, entityId }, orderBy: { createdAt: "asc" } });

describe("activity data → emission lines", () => {
  it("persists the worked example: 12,000 kWh of French electricity = 622.8 kgCO2e over three lines", async () => {
    const t = await tenantWithPeriods(db);
    const activity = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId }));
    expect(activity.kgCO2e.toFixed()).toBe("622.8");
    const lines = await linesOf(t.organizationId, activity.id);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.begesPoste, l.kgCO2e.toFixed()])).toEqual([
      ["combustion", 2, null, "2.1", "420"],
      ["upstream", 3, 3, "4.1", "157.2"],
      ["td_losses", 3, 3, "4.1", "45.6"],
    ]);
    expect(
      lines.every(
        (l) =>
          l.factorId === "ademe:43642@23.6" && l.factorValue.toFixed() === "0.0519" && l.resolutionRule === "exact",
      ),
    ).toBe(true);
    expect(
      lines.every((l) => l.periodId === t.periodOf(2024) && l.siteId === t.siteId && l.marketBasis !== "contractual"),
    ).toBe(true);
    expect(lines[0]).toMatchObject({ marketBasis: "location-fallback", factorUnit: "kWh" });
    expect(lines[0]?.marketKgCO2e?.toFixed()).toBe("420");

    // The stored lines add up exactly to the engine's total, rounded to numeric(20, 6).
    const { index } = await buildOrganizationFactorIndex(db, t.organizationId);
    const engine = computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity: 12_000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    const engineTotal = engine.lines.reduce((sum, l) => sum + l.kgCO2e, 0);
    const stored = await activityTotals(db, t.organizationId, [activity.id]);
    expect(stored.kgCO2e).toBe(microToDecimal(toMicro(engineTotal)));

    const [event] = await auditOf(t.organizationId, activity.id);
    expect(event).toMatchObject({ action: "activity.create", entityType: "ActivityData" });
    expect(event?.after).toMatchObject({
      kgCO2e: "622.8",
      totals: { kgCO2e: "622.800000", lines: 3, byScope: { 2: "420.000000" } },
    });
  });

  it("recomputes by replacing the lines (never duplicating them), audited in the same transaction", async () => {
    const t = await tenantWithPeriods(db);
    const activity = await createActivity(db, t.scope(), electricity(t.periodOf(2024)));
    const first = await linesOf(t.organizationId, activity.id);
    const after = await recomputeActivity(db, t.scope(), activity.id);
    const second = await linesOf(t.organizationId, activity.id);
    expect(second).toHaveLength(3);
    expect(second.map((l) => l.id)).not.toEqual(first.map((l) => l.id));
    expect(after.kgCO2e.toFixed()).toBe("622.8");
    expect((await auditOf(t.organizationId, activity.id)).map((e) => e.action)).toEqual([
      "activity.create",
      "activity.recompute",
    ]);

    const updated = await updateActivity(
      db,
      t.scope(),
      activity.id,
      electricity(t.periodOf(2024), { quantity: "1 000,5" }),
    );
    expect(updated.quantity.toFixed()).toBe("1000.5");
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(3);
    expect((await activityTotals(db, t.organizationId, [activity.id])).kgCO2e).toBe(updated.kgCO2e.toFixed(6));
    const update = (await auditOf(t.organizationId, activity.id)).at(-1);
    expect(update?.before).toMatchObject({ quantity: "12000", totals: { kgCO2e: "622.800000" } });
    expect(update?.after).toMatchObject({ quantity: "1000.5", totals: { lines: 3 } });

    const summary = await recomputeActivities(db, t.scope());
    expect(summary).toMatchObject({ activities: 1, changed: 0 });

    await deleteActivity(db, t.scope(), activity.id);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect((await auditOf(t.organizationId, activity.id)).at(-1)).toMatchObject({ action: "activity.delete" });
  });

  it("refuses every change in a locked period with PERIOD_LOCKED, and writes nothing", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024], { locked: [2023] });
    await expect(createActivity(db, t.scope(), electricity(t.periodOf(2023)))).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    const activity = await createActivity(db, t.scope(), electricity(t.periodOf(2024)));
    await expect(updateActivity(db, t.scope(), activity.id, electricity(t.periodOf(2023)))).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    await setPeriodLocked(db, t.scope(), t.periodOf(2024), true);
    await expect(
      updateActivity(db, t.scope(), activity.id, electricity(t.periodOf(2024), { quantity: "1" })),
    ).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    await expect(recomputeActivity(db, t.scope(), activity.id)).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    await expect(deleteActivity(db, t.scope(), activity.id)).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    await expect(recomputeActivities(db, t.scope(), { periodId: t.periodOf(2024) })).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(1);
    expect((await db.activityData.findFirstOrThrow({ where: { id: activity.id } })).quantity.toFixed()).toBe("12000");
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(3);
  });

  it("scopes every write to the organisation: another organisation's activity is NOT_FOUND and stays as it was", async () => {
    const a = await tenantWithPeriods(db);
    const b = await tenantWithPeriods(db);
    const theirs = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));
    await expect(
      updateActivity(db, a.scope(), theirs.id, electricity(a.periodOf(2024), { quantity: "1" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recomputeActivity(db, a.scope(), theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteActivity(db, a.scope(), theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can A file data under B's period or site.
    await expect(createActivity(db, a.scope(), electricity(b.periodOf(2024)))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { periodId: "activity.validation.unknownPeriod" },
    });
    await expect(
      createActivity(db, a.scope(), electricity(a.periodOf(2024), { siteId: b.siteId })),
    ).rejects.toMatchObject({ fieldErrors: { siteId: "activity.validation.unknownSite" } });
    const still = await db.activityData.findUniqueOrThrow({ where: { id: theirs.id } });
    expect([still.quantity.toFixed(), still.updatedAt]).toEqual([theirs.quantity.toFixed(), theirs.updatedAt]);
    expect(await db.emissionLine.count({ where: { activityId: theirs.id } })).toBe(3);
    expect(await db.activityData.count({ where: { organizationId: a.organizationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: b.organizationId, entityId: theirs.id } })).toBe(1);
  });

  it("turns engine refusals into field errors and writes nothing", async () => {
    const t = await tenantWithPeriods(db);
    const period = t.periodOf(2024);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ activityTypeId: "energy.unobtainium" }, { activityTypeId: "activity.validation.unknownType" }],
      [{ activityTypeId: "travel.train.tgv" }, { unit: "activity.validation.incompatibleUnit" }],
      [{ unit: "furlong" }, { unit: "activity.validation.unknownUnit" }],
      [{ activityTypeId: "energy.district_heating", region: "DE" }, { activityTypeId: "activity.validation.noFactor" }],
      [{ activityTypeId: "travel.plane", unit: "p.km" }, { options: "activity.validation.missingOption" }],
      [
        { activityTypeId: "travel.plane", options: { airports: { from: "CDG", to: "XQZ" } } },
        { "options.airports": "activity.validation.unknownAirport" },
      ],
    ];
    for (const [overrides, fieldErrors] of cases) {
      await expect(
        createActivity(db, t.scope(), electricity(period, overrides)),
        JSON.stringify(overrides),
      ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors });
    }
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: t.organizationId, entityType: "ActivityData" } })).toBe(
      0,
    );
  });

  it("computes a flight given as airports: CDG–NCE return with contrails = 355.28 kg", async () => {
    const t = await tenantWithPeriods(db);
    const input = ZActivityCreate.parse({
      periodId: t.periodOf(2024),
      activityTypeId: "travel.plane",
      options: { airports: { from: "cdg", to: "NCE", returnTrip: true } },
    });
    const flight = await createActivity(db, t.scope(), input);
    expect(flight.unit).toBe("p.km");
    expect(Number(flight.kgCO2e)).toBeCloseTo(355.28, 1);
    expect(flight.options).toMatchObject({ airports: { from: "CDG", to: "NCE", returnTrip: true, passengers: 1 } });
    const lines = await linesOf(t.organizationId, flight.id);
    expect(lines.every((l) => l.scope === 3 && l.ghgCategory === 6 && l.contrailsIncluded === true)).toBe(true);
    expect(lines[0]?.factorId).toBe("ademe:43743@23.6");
  });

  it("computes a long-haul flight outside Europe: GRU–JNB return, 2 travellers = 2 × 2 × (7,438.85 + 95) p.km × 0.151 (43773) = 4,550.45 kg", async () => {
    const t = await tenantWithPeriods(db);
    const input = ZActivityCreate.parse({
      periodId: t.periodOf(2024),
      activityTypeId: "travel.plane",
      options: { airports: { from: "GRU", to: "JNB", returnTrip: true, passengers: 2 } },
    });
    const flight = await createActivity(db, t.scope(), input);
    expect(Number(flight.quantity)).toBeCloseTo(30135.41, 2);
    expect(Number(flight.kgCO2e)).toBeCloseTo(4550.45, 2);
    const lines = await linesOf(t.organizationId, flight.id);
    expect(lines.every((l) => l.factorId === "ademe:43773@23.6")).toBe(true);
  });

  it("computes hotel nights abroad by country: 3 nights in Portugal = 3 × 19 (DESNZ 2025 29_600_4040_13) = 57 kg; Austria (no 2025 value) is refused on the country", async () => {
    const t = await tenantWithPeriods(db);
    const stay = {
      periodId: t.periodOf(2024),
      activityTypeId: "travel.hotel",
      quantity: "3",
      unit: "night",
      region: "FR",
      activityDate: "2024-03-10", // DESNZ 2025 is the nearest published year (rule later-year)
    };
    const lisbon = await createActivity(db, t.scope(), ZActivityCreate.parse({ ...stay, options: { country: "pt" } }));
    expect(lisbon.kgCO2e.toFixed()).toBe("57");
    expect(lisbon.options).toMatchObject({ country: "PT" });
    const [line] = await linesOf(t.organizationId, lisbon.id);
    expect(line).toMatchObject({ factorId: "desnz:29_600_4040_13@2025", scope: 3, ghgCategory: 6, begesPoste: "3.5" });
    await expect(
      createActivity(db, t.scope(), ZActivityCreate.parse({ ...stay, options: { country: "AT" } })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { "options.country": "activity.validation.noFactor" } });
  });

  it("classifies spend by purpose, values it by ratio: 1,200 € of hotels and restaurants in 2024 × 250 kg/k€ (2023 ratio 43525) = 300 kg as travel (6 / 3.5) or a reception (1 / 4.5); 5,000 € of IT hardware × 216 = 1,080 kg (2 / 4.2); 10,000 € of land freight × 319 = 3,190 kg outbound (4 / 3.2) and inbound (4 / 3.1); 2,000 € of paper × 357 = 714 kg (1 / 4.1); 800 € of waste collection × 319 = 255.2 kg (5 / 4.3)", async () => {
    const t = await tenantWithPeriods(db);
    const spend = (euros: string, ratioCategory: string, purpose?: string) =>
      ZActivityCreate.parse({
        periodId: t.periodOf(2024),
        activityTypeId: "spend.ratio",
        quantity: euros,
        unit: "EUR",
        region: "FR",
        options: { ratioCategory, ...(purpose && { purpose }) },
      });
    const cases: [string, string, string, string, number, string][] = [
      ["1 200", "hotels_restaurants", "business_travel", "300", 6, "3.5"],
      ["1 200", "hotels_restaurants", "purchased_services", "300", 1, "4.5"],
      ["5 000", "it_hardware", "capital_goods", "1080", 2, "4.2"],
      ["10 000", "land_transport", "freight_outbound", "3190", 4, "3.2"],
      ["10 000", "land_transport", "freight_inbound", "3190", 4, "3.1"],
      ["2 000", "paper", "purchased_goods", "714", 1, "4.1"],
      ["800", "land_transport", "waste_services", "255.2", 5, "4.3"],
    ];
    for (const [euros, category, purpose, kg, ghgCategory, begesPoste] of cases) {
      const activity = await createActivity(db, t.scope(), spend(euros, category, purpose));
      expect(activity.kgCO2e.toFixed(), `${category} ${purpose}`).toBe(kg);
      expect(activity.options).toMatchObject({ ratioCategory: category, purpose });
      const lines = await linesOf(t.organizationId, activity.id);
      expect(lines.map((l) => [l.scope, l.ghgCategory, l.begesPoste, l.resolutionRule])).toEqual([
        [3, ghgCategory, begesPoste, "ratio-year-fallback"],
      ]);
      expect(lines[0]?.flags).toContain("ratio-year-fallback");
    }
    await expect(createActivity(db, t.scope(), spend("100", "it_hardware"))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "options.purpose": "activity.validation.missingOption" },
    });
    expect(
      ZActivityCreate.safeParse({
        periodId: t.periodOf(2024),
        activityTypeId: "spend.ratio",
        quantity: "100",
        unit: "EUR",
        options: { ratioCategory: "caviar", purpose: "capital_goods" },
      }).success,
    ).toBe(false);
  });

  it("uses a selected custom factor (rule custom) and follows it to its next version on recomputation", async () => {
    const t = await tenantWithPeriods(db);
    const factor = await createCustomFactor(
      db,
      t.scope(),
      zCustomFactorCreate("fr").parse({
        nameFr: "Électricité verte (contrat)",
        unit: "kWh",
        value: "0.02",
        uncertaintyPct: "5",
        source: "Fournisseur",
        justification: "Attestation du fournisseur 2024",
        region: "FR",
        referenceYear: "2024",
      }),
    );
    const activity = await createActivity(
      db,
      t.scope(),
      electricity(t.periodOf(2024), { customFactorId: factor.id, uncertaintyPct: "2" }),
    );
    expect(activity.kgCO2e.toFixed()).toBe("240");
    const [line, ...rest] = await linesOf(t.organizationId, activity.id);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      factorId: `custom:${factor.id}`,
      resolutionRule: "custom",
      scope: 2,
      factorUncertaintyKnown: true,
    });
    expect(line?.flags).toContain("custom-factor");
    expect(Number(line?.uncertaintyPct)).toBeCloseTo(Math.sqrt(29), 3);

    const next = await versionCustomFactor(
      db,
      t.scope(),
      factor.id,
      zCustomFactorCreate("fr").parse({
        nameFr: "Électricité verte (contrat)",
        unit: "kWh",
        value: "0.01",
        uncertaintyPct: "5",
        source: "Fournisseur",
        justification: "Attestation du fournisseur 2025",
        region: "FR",
        referenceYear: "2025",
      }),
    );
    const recomputed = await recomputeActivity(db, t.scope(), activity.id);
    expect([recomputed.customFactorId, recomputed.kgCO2e.toFixed()]).toEqual([next.id, "120"]);
    expect((await linesOf(t.organizationId, activity.id))[0]?.factorId).toBe(`custom:${next.id}`);
  });
});
