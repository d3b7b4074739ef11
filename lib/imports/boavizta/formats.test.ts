import { stringify } from "csv-stringify/sync";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { expectDecimal, parseOk, totalOf, totalsOf } from "./testing/expect";
import { readBoaviztaSample } from "./testing/samples";

// The historical shapes the samples do not cover, built from the real samples the way each version wrote
// them (boavizta-formats.md §1.4, §2.1), and the file layouts (JSON array, JSON Lines, the French CSV).

const json = (name: string) => JSON.parse(readBoaviztaSample(name).toString("utf8")) as Record<string, unknown>;
const inventory = () =>
  json("cloud-scanner-3.x_estimated-inventory_2resources.json").impacting_resources as Array<Record<string, unknown>>;

describe("cloud-scanner JSON across versions", () => {
  test("3.2+: metadata gives the tool and API versions", () => {
    const data = parseOk(
      JSON.stringify({
        metadata: {
          estimation_date: "2025-01-01T00:00:00Z",
          description: "Estimation using Boavizta API",
          cloud_scanner_version: "3.2.1",
          boavizta_api_version: "v1.3.8",
          execution_statistics: null,
        },
        impacting_resources: inventory(),
      }),
    );
    expect([data.formatVersion, data.toolVersion, data.apiVersion]).toEqual(["3.2+", "3.2.1", "v1.3.8"]);
    expectDecimal(totalOf(totalsOf(data), "gwp", "embedded"), "0.0041");
  });

  test("2.0.4–2.0.5: impactingResources with Instance variants", () => {
    const resources = inventory().map((r) => {
      const cr = r.cloud_resource as Record<string, Record<string, unknown>>;
      return { ...r, cloud_resource: { ...cr, resource_details: { Instance: cr.resource_details!.instance } } };
    });
    const data = parseOk(
      JSON.stringify({
        impactingResources: resources,
        executionStatistics: { inventory_duration: { secs: 1, nanos: 0 } },
      }),
    );
    expect([data.formatVersion, data.resources.map((r) => r.kind)]).toEqual([
      "2.0.4-2.0.5",
      ["cloud_instance", "cloud_instance"],
    ]);
    expect(totalsOf(data).notAssessed).toBe(1);
  });

  test("0.3.0-alpha3–2.0.3: {impacts: [...]} with resource_impacts", () => {
    const resources = inventory().map(({ impacts_values, ...r }) => ({ ...r, resource_impacts: impacts_values }));
    const data = parseOk(JSON.stringify({ impacts: resources, executionStatistics: {} }));
    expect(data.formatVersion).toBe("0.3.0-alpha3-2.0.3");
    expectDecimal(totalOf(totalsOf(data), "gwp", "use"), "0.00226");
  });

  test("0.1–0.3.0-alpha2: a bare array, whose allocation cannot be told", () => {
    const resources = inventory().map(({ impacts_values, cloud_resource, ...r }) => {
      const { resource_details: _details, ...cr } = cloud_resource as Record<string, unknown>;
      const flat = impacts_values === null ? null : { ...(impacts_values as object), raw_data: undefined };
      return {
        ...r,
        cloud_resource: {
          ...cr,
          resource_type: "Instance",
          usage: { average_cpu_load: 10, usage_duration_seconds: 18000 },
        },
        resource_impacts: flat,
      };
    });
    const data = parseOk(JSON.stringify(resources));
    const assessed = data.resources.find((r) => r.assessed);
    expect([data.formatVersion, assessed?.allocation, assessed?.notes]).toEqual([
      "0.1-0.3.0-alpha2",
      "unknown",
      ["allocationUnknown"],
    ]);
  });

  test("tags become a map; a flat figure that differs from raw_data is kept and noted", () => {
    const resources = inventory();
    (resources[1]!.cloud_resource as Record<string, unknown>).tags = [
      { key: "app", value: "booking" },
      { key: "env", value: null },
    ];
    (resources[1]!.impacts_values as Record<string, unknown>).gwp_use_kgco2eq = 0.003;
    const r = parseOk(JSON.stringify({ impacting_resources: resources })).resources[1];
    expect(r?.tags).toEqual({ app: "booking", env: "" });
    expect(r?.impacts.find((i) => i.criterion === "gwp" && i.phase === "use")).toMatchObject({
      value: "0.003",
      min: null,
    });
    expect(r?.notes).toContain("rawDataDiffers");
  });
});

describe("BoaviztAPI shapes and batches", () => {
  const v2 = json("boaviztapi-2.4.1_server_dell-r740_nonverbose.json");

  test("a JSON array of annotated responses: one resource per response, named", () => {
    const data = parseOk(JSON.stringify([{ name: "web-1", ...v2 }, { name: "web-2", response: v2 }, v2]));
    expect([data.format, data.resources.map((r) => r.name)]).toEqual(["boaviztapi-batch", ["web-1", "web-2", "#3"]]);
    expectDecimal(totalOf(totalsOf(data), "gwp", "embedded"), "2903.7"); // 3 × 967.9
  });

  test("JSON Lines of annotated responses", () => {
    const lines = ["web-1", "web-2"].map((name) => JSON.stringify({ name, ...v2 })).join("\n");
    const data = parseOk(`${lines}\n`);
    expect(data.resources.map((r) => r.name)).toEqual(["web-1", "web-2"]);
  });

  test("v0.3–1.0.0a verbose: significant_figures under an impacts wrapper", () => {
    const a5 = json("boaviztapi-1.0.0a5_server_dell-r740_nonverbose.json");
    const data = parseOk(
      JSON.stringify({
        impacts: a5,
        verbose: {
          duration: { value: 35040, unit: "hours" },
          hours_life_time: { value: 35040, status: "ARCHETYPE" },
          "CPU-1": {},
        },
      }),
    );
    const r = data.resources[0];
    expect([data.formatVersion, data.verbose, r?.kind, r?.allocation]).toEqual([
      "v0.3-v1.0.0a5",
      true,
      "server",
      "unallocated",
    ]);
  });

  test("optional criteria, the CTUh_c spelling and use-only fe are kept beside gwp", () => {
    const extra = {
      impacts: {
        ...(v2.impacts as object),
        CTUh_c: {
          unit: "CTUh",
          description: "Human toxicity - cancer effects",
          embedded: { value: 1.2e-7, min: 1e-7, max: 1.5e-7 },
          use: { value: 2e-9, min: 1e-9, max: 3e-9 },
        },
        fe: {
          unit: "MJ",
          description: "Final energy",
          embedded: "not implemented",
          use: { value: 120.5, min: 100, max: 140 },
        },
      },
    };
    const totals = totalsOf(parseOk(JSON.stringify(extra)));
    expectDecimal(totalOf(totals, "ctuh_c", "embedded"), "1.2e-7");
    expectDecimal(totalOf(totals, "fe", "use"), "120.5");
    expect(totalOf(totals, "fe", "embedded")).toBeUndefined();
  });

  test("v2.4 top-level warnings (fuzzy instance match) are kept", () => {
    const r = parseOk(
      JSON.stringify({
        ...v2,
        warnings: ["Instance 'Standard_E2ads_v5' not found; using closest match 'e2ads_v5' (fuzzy match)"],
      }),
    ).resources[0];
    expect(r?.warnings).toHaveLength(1);
  });
});

describe("environmental-footprint-data, French dialect", () => {
  test("`;` and decimal comma read as the US file", () => {
    const us = readBoaviztaSample("environmental-footprint-data_boavizta-data-us.csv").toString("utf8");
    const rows = parse(us) as string[][];
    const frRows = rows.map((row, i) =>
      i === 0 ? row : row.map((cell) => (/^\d+\.\d+$/.test(cell) ? cell.replace(".", ",") : cell)),
    );
    const frData = parseOk(stringify(frRows, { delimiter: ";" }));
    const usData = parseOk(us);
    expect(frData.formatVersion).toBe("fr");
    expect(totalsOf(frData)).toEqual(totalsOf(usData));
  });
});
