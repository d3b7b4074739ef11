import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { dashboardExport } from "@/lib/exports/dashboard-export";
import { cloudScannerInventory } from "@/lib/imports/boavizta/testing/inventory";
import { commitBoaviztaFile } from "@/lib/imports/boavizta/testing/commit";
import { periodHasBoaviztaResources, periodIndicators } from "@/lib/reporting/other-indicators";
import { testDb } from "@/tests/fixtures/tenants";

// The dashboards' "other environmental indicators" table: ADP and PE of a committed cloud-scanner inventory
// per phase, as printed, never GWP; the resource counts; nothing of another organisation.
const db = testDb();
afterAll(() => db.$disconnect());

const inventory = cloudScannerInventory([
  {
    id: "i-1",
    type: "m6g.xlarge",
    region: "eu-west-3",
    tags: {},
    impacts: { gwp: [0.5, 0.25], adp: [2e-7, 1e-9], pe: [0.02, 0.2] },
  },
  {
    id: "i-2",
    type: "m6g.xlarge",
    region: "eu-west-1",
    tags: {},
    impacts: { gwp: [0.3, 0.1], adp: [1e-7, 2e-9], pe: [0.01, 0.1] },
  },
  {
    id: "i-3",
    type: "c5.large",
    region: "eu-west-3",
    tags: {},
    impacts: { gwp: [0.2, 0.05], adp: [3e-7, 3e-9], pe: [0.03, 0.3] },
  },
  { id: "i-x", type: "x9-unknown", region: "eu-west-3", tags: {}, impacts: null },
]);

let t: Awaited<ReturnType<typeof tenantWithPeriods>>;

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2025]);
  await commitBoaviztaFile(db, t.scope(), t.periodOf(2025), inventory);
});

describe("other environmental indicators in the dashboards' export", () => {
  it("sums ADP and PE per phase over the period's resources, as printed, never GWP; nothing of another organisation", async () => {
    const period = t.periodOf(2025);
    expect(await periodIndicators(db, t.organizationId, period)).toEqual({
      resources: 4,
      notAssessed: 1,
      rows: [
        { criterion: "adp", phase: "embedded", unit: "kgSbeq", value: "0.0000006", resources: 3 },
        { criterion: "adp", phase: "use", unit: "kgSbeq", value: "0.000000006", resources: 3 },
        { criterion: "pe", phase: "embedded", unit: "MJ", value: "0.06", resources: 3 },
        { criterion: "pe", phase: "use", unit: "MJ", value: "0.6", resources: 3 },
      ],
    });
    const file = await dashboardExport(
      db,
      { organization: { id: t.organizationId, slug: "hosting", name: "Hosting" }, userEmail: "m@example.test" },
      { table: "indicators", format: "csv", searchParams: { period }, locale: "en" },
    );
    const rows = parse(new TextDecoder().decode(file!.body)) as string[][]; // the decoder drops the BOM
    expect(rows[0]).toEqual(["Indicator", "Code", "Phase", "Value", "Unit", "Resources"]);
    expect(rows.slice(1, 5).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ["adp", "Manufacturing", "0.0000006", "kgSbeq"],
      ["adp", "Use", "0.000000006", "kgSbeq"],
      ["pe", "Manufacturing", "0.06", "MJ"],
      ["pe", "Use", "0.6", "MJ"],
    ]);
    expect(rows.slice(5).map((r) => r[5])).toEqual(["4", "1"]); // resources, of which not assessed
    const other = await tenantWithPeriods(db, [2025]);
    expect(await periodHasBoaviztaResources(db, other.organizationId, other.periodOf(2025))).toBe(false);
    expect(await periodHasBoaviztaResources(db, t.organizationId, period)).toBe(true);
    expect((await periodIndicators(db, other.organizationId, period)).rows).toEqual([]); // a foreign period: nothing
  });
});
