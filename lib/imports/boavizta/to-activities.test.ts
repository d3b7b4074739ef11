import { describe, expect, test } from "vitest";
import { ZBoaviztaChoices } from "./choices";
import { parseOk } from "./testing/expect";
import { readBoaviztaSample } from "./testing/samples";
import { boaviztaRows, quantityOf, uncertaintyFromRange } from "./to-activities";

// Parsed resources → the import pipeline's activity rows: GWP only, one row per phase, on the
// tool-assessed types, with the accounting answers (defaults when none given).

const rowsOf = (file: string, choices: Record<string, unknown> = {}) =>
  boaviztaRows(parseOk(readBoaviztaSample(file)), ZBoaviztaChoices.parse(choices), { periodId: "p1", locale: "en" });

describe("Boavizta resources as activity rows", () => {
  test("cloud-scanner inventory: the assessed instance's two phases as cloud (cat. 1), the unknown type makes none", () => {
    const { parsed, sources } = rowsOf("cloud-scanner-3.x_estimated-inventory_2resources.json");
    expect(
      parsed.rows.map((r) => [r.row, r.input.activityTypeId, r.input.quantity, r.input.unit, r.input.label]),
    ).toEqual([
      [1, "digital.hosting.cloud_assessed", "0.0041", "kgCO2e", "instance-1 (embedded)"],
      [2, "digital.hosting.cloud_assessed", "0.00226", "kgCO2e", "instance-1 (use)"],
    ]);
    expect(sources).toEqual([
      { row: 1, resource: 1, phase: "embedded" },
      { row: 2, resource: 1, phase: "use" },
    ]);
    expect(parsed.totals).toMatchObject({
      resources: "2",
      resourcesAssessed: "1",
      resourcesNotAssessed: "1",
      gwpKg: "0.00636",
    });
    expect(parsed.totals?.["pe.use"]).toBe("0.063 MJ");
  });

  test("owned server (API 2.4.1, lifetime totals): embedded as capital goods over the default 4 years, use in scope 2", () => {
    const { parsed } = rowsOf("boaviztapi-2.4.1_server_dell-r740_nonverbose.json");
    expect(parsed.rows.map((r) => [r.input.activityTypeId, r.input.quantity, r.input.options])).toEqual([
      ["equipment.server_assessed", "967.9", { lifetimeYears: 4 }],
      ["digital.hosting.owned_assessed", "8000", {}],
    ]);
    // Use 8000 with min 145.2 and max 39,680: the wider side (31,680 / 8000 = 396 %).
    expect(parsed.rows[1]?.input.uncertaintyPct).toBe("396");
  });

  test("the answers change how an owned server's manufacturing is booked: another lifetime, or whole in the period", () => {
    const file = "boaviztapi-2.4.1_server_dell-r740_nonverbose.json";
    expect(rowsOf(file, { lifetimeYears: 6 }).parsed.rows[0]?.input.options).toEqual({ lifetimeYears: 6 });
    const whole = rowsOf(file, { embedded: "whole", lifetimeYears: 6 }).parsed.rows;
    expect(whole.map((r) => r.input.options)).toEqual([{ lifetimeYears: 1 }, {}]);
    expect(whole[0]?.input.description).toContain("manufacturing booked whole in this period");
    expect(whole[1]?.input.description).not.toContain("whole");
  });

  test("already-allocated embedded is never amortised again: lifetime one year", () => {
    const { parsed } = rowsOf("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json", { usage: "owned" });
    expect(parsed.rows[0]?.input.options).toEqual({ lifetimeYears: 1 });
  });

  test("the PUE uplift applies to use rows only, and is disclosed", () => {
    const { parsed } = rowsOf("boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json", { usage: "cloud", pue: 1.135 });
    expect(parsed.rows.map((r) => r.input.options)).toEqual([{}, { pue: 1.135 }]);
    expect(parsed.rows[1]?.input.description).toContain("PUE uplift 1.135");
    expect(parsed.rows[0]?.input.description).not.toContain("PUE");
  });

  test('"not implemented" use makes no row', () => {
    const { parsed } = rowsOf("boaviztapi-1.3_component_hdd-1000GB_1h_verbose.json");
    expect(parsed.rows.map((r) => r.input.quantity)).toEqual(["0.001184"]);
  });

  test("quantities keep at most the activity schema's 12 decimals", () => {
    expect(quantityOf("0.0048000000000000004")).toBe("0.0048");
    expect(quantityOf("0.009430000000000001")).toBe("0.00943");
    expect(quantityOf("967.9")).toBe("967.9");
    expect(quantityOf("0.0000000000012345")).toBe("0.000000000001");
  });

  test("uncertainty from min/max: the wider side, capped at the schema's 1000 %, none without a range", () => {
    expect(uncertaintyFromRange({ value: "170", min: "108.2", max: "291.7" })).toBe("71.5882");
    expect(uncertaintyFromRange({ value: "800", min: "50.16", max: "760800" })).toBe("1000");
    expect(uncertaintyFromRange({ value: "1100", min: null, max: null })).toBeNull();
  });
});
