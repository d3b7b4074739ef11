// Acceptance: every template, in CSV and XLSX, with French and English headers, downloaded, its example
// row parsed, saved through saveActivitiesBulk, gives the kgCO2e the engine computes for the same
// activity entered by hand (previewActivity on the form's input, written out below).
import { afterAll, describe, expect, it } from "vitest";
import { ACTIVITY_CATEGORIES, type TActivityCategory } from "@/lib/activity/categories";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { previewActivity } from "@/lib/activity/queries";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { compareDecimals } from "@/lib/numbers/decimal";
import { testDb } from "@/tests/fixtures/tenants";
import { templateCsv } from "./csv-file";
import { parseTemplateFile } from "./parse";
import { templateXlsx } from "./xlsx-file";

const db = testDb();
afterAll(() => db.$disconnect());

// The example rows of templates.json, as a person would type them in the data-entry form.
const BY_HAND: Record<TActivityCategory, Record<string, unknown>> = {
  energy: { activityTypeId: "energy.electricity.grid", quantity: "12500.5", unit: "kWh", uncertaintyPct: "5" },
  travel: {
    activityTypeId: "travel.plane",
    options: { airports: { from: "CDG", to: "LIS", returnTrip: true, passengers: 2 } },
  },
  commuting: { activityTypeId: "commuting.car", quantity: "84000", unit: "km", options: { fuel: "diesel" } },
  purchases: {
    activityTypeId: "spend.ratio",
    quantity: "4820.75",
    unit: "EUR",
    options: { ratioCategory: "other_transport_equipment", purpose: "purchased_goods" },
  },
  equipment: { activityTypeId: "equipment.laptop", quantity: "12", unit: "unit" },
  freight: {
    activityTypeId: "freight.road.articulated_34_40t",
    quantity: "15200.5",
    unit: "t.km",
    options: { direction: "outbound" },
  },
  waste: { activityTypeId: "waste.paper_cardboard", quantity: "2.35", unit: "t", options: { treatment: "recycling" } },
  digital: {
    activityTypeId: "digital.hosting.owned",
    region: "FR",
    options: { pue: 1.5, servers: { count: 4, watts: 350, hours: 8760 } },
  },
};

describe("import templates against the engine", () => {
  it("imports every template's example row, CSV and XLSX, French and English, with the engine's kgCO2e", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const periodId = t.periodOf(2025);
    const ctx = { periodId, locale: "fr", period: { startDate: "2025-01-01", endDate: "2025-12-31" }, sites: [] };
    for (const category of ACTIVITY_CATEGORIES) {
      const expected = await previewActivity(
        db,
        t.organizationId,
        ZActivityCreate.parse({ periodId, ...BY_HAND[category] }),
      );
      if (!expected.ok) throw new Error(`${category}: ${JSON.stringify(expected.errors)}`);
      expect(Number(expected.kgCO2e), category).toBeGreaterThan(0);
      for (const language of ["fr", "en"] as const) {
        const files = [
          { name: `${category}.csv`, bytes: templateCsv(category, language) },
          { name: `${category}.xlsx`, bytes: await templateXlsx(category, language) },
        ];
        for (const file of files) {
          const what = `${category} ${language} ${file.name}`;
          const parsed = await parseTemplateFile(file, ctx);
          expect(parsed.errors, what).toEqual([]);
          expect([parsed.template, parsed.language, parsed.rows.length], what).toEqual([category, language, 1]);
          const row = parsed.rows[0]!;
          const saved = await saveActivitiesBulk(db, t.scope(), [
            { ...row.input, sourceKind: "CSV_IMPORT", sourceRef: `${what}:${row.row}` },
          ]);
          expect(saved.created, what).toBe(1);
          expect(compareDecimals(saved.kgCO2e, expected.kgCO2e), `${what}: ${saved.kgCO2e} ≠ ${expected.kgCO2e}`).toBe(
            0,
          );
          const stored = await db.activityData.findFirstOrThrow({
            where: { organizationId: t.organizationId, id: saved.activityIds[0]! },
          });
          expect(compareDecimals(stored.kgCO2e.toString(), expected.kgCO2e), what).toBe(0);
        }
      }
    }
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(
      ACTIVITY_CATEGORIES.length * 4,
    );
  });
});
