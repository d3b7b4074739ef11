import { describe, expect, test } from "vitest";
import { Decimal } from "@/lib/numbers/decimal";
import { expectDecimal, parseOk, totalOf, totalsOf } from "./testing/expect";
import expectedSamples from "./testing/expected-samples.json";
import { boaviztaSampleNames, readBoaviztaSample } from "./testing/samples";

// Every real output in ../shared/data/boavizta, and the totals its README says a correct import gives
// (GWP embedded and use, ADP, PE, resource counts). Figures are compared as exact decimals.

type TExpected = {
  tool: string;
  formatVersion: string;
  resources: number;
  assessed: number;
  allocation: "allocated" | "unallocated" | "unknown";
  durationHours: string | null;
  totals: Record<string, { embedded?: string; use?: string }>;
};

// The README's figures, as data: tool, shape, counts, allocation, period covered and totals per file.
const EXPECTED = expectedSamples as Record<string, TExpected>;
const CSV_SAMPLE = "environmental-footprint-data_boavizta-data-us.csv";

describe("Boavizta samples", () => {
  test("every sample file has its expected totals here", () => {
    expect(boaviztaSampleNames().sort()).toEqual([...Object.keys(EXPECTED), CSV_SAMPLE].sort());
  });

  test.each(Object.entries(EXPECTED))("%s", (file, expected) => {
    const data = parseOk(readBoaviztaSample(file));
    expect([data.tool, data.formatVersion]).toEqual([expected.tool, expected.formatVersion]);
    const totals = totalsOf(data);
    expect([totals.resources, totals.assessed]).toEqual([expected.resources, expected.assessed]);
    expect(Object.keys(totals.impacts).sort()).toEqual(Object.keys(expected.totals).sort()); // nothing added as 0
    for (const [criterion, phases] of Object.entries(expected.totals)) {
      expect(Object.keys(totals.impacts[criterion] ?? {}).sort()).toEqual(Object.keys(phases).sort());
      for (const [phase, value] of Object.entries(phases))
        expectDecimal(totalOf(totals, criterion, phase as "use"), value);
    }
    for (const r of data.resources.filter((r) => r.assessed)) {
      expect(r.allocation).toBe(expected.allocation);
      if (expected.durationHours === null) expect(r.durationHours).toBeNull();
      else expectDecimal(r.durationHours, expected.durationHours);
    }
  });

  test("min, max and warnings are kept as printed", () => {
    const [server] = parseOk(readBoaviztaSample("boaviztapi-2.4.1_server_dell-r740_nonverbose.json")).resources;
    const use = server?.impacts.find((i) => i.criterion === "gwp" && i.phase === "use");
    expect([use?.value, use?.min, use?.max]).toEqual(["8000", "145.2", "39680"]);
    const peUse = server?.impacts.find((i) => i.criterion === "pe" && i.phase === "use");
    expect(peUse?.warnings[0]).toMatch(/^Uncertainty from technical characteristics is very important/);
    expect(
      server?.impacts
        .filter((i) => i.phase === "embedded")
        .every((i) => i.warnings.includes("End of life is not included in the calculation")),
    ).toBe(true);

    const a5 = parseOk(readBoaviztaSample("boaviztapi-1.0.0a5_server_dell-r740_nonverbose.json")).resources[0];
    const a5PeUse = a5?.impacts.find((i) => i.criterion === "pe" && i.phase === "use");
    expect([a5PeUse?.min, a5PeUse?.max, a5PeUse?.significantFigures]).toEqual(["215.7", "15535000", 5]);

    // cloud-scanner's flat figures get min and max from its raw_data (the API response it kept).
    const [, instance] = parseOk(readBoaviztaSample("cloud-scanner-3.x_estimated-inventory_2resources.json")).resources;
    const embedded = instance?.impacts.find((i) => i.criterion === "gwp" && i.phase === "embedded");
    expect([embedded?.value, embedded?.min, embedded?.max]).toEqual(["0.0041", "0.002324", "0.005669"]);
    expect([instance?.type, instance?.region, instance?.location, instance?.state]).toEqual([
      "a1.medium",
      "eu-west-1",
      "IRL",
      "running",
    ]);
  });

  test("verbose responses give the location, the electricity factor and the lifetime", () => {
    const [r] = parseOk(readBoaviztaSample("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json")).resources;
    expect([r?.kind, r?.location, r?.lifetimeHours, r?.electricityFactor]).toEqual([
      "cloud_instance",
      "EEE",
      "35040",
      { value: "0.38", unit: "kgCO2eq/kWh" },
    ]);
    expect(r?.notes).toContain("defaultLocation");
    const [fra] = parseOk(readBoaviztaSample("boaviztapi-1.0_cloud_aws-m6g.xlarge_1h_FRA_verbose.json")).resources;
    expect([fra?.location, fra?.electricityFactor?.value]).toEqual(["FRA", "0.098"]);
  });

  test("boagent: a 3600 s window, power and warnings kept, embedded flagged as the lifecycle total", () => {
    const [r] = parseOk(readBoaviztaSample("boagent-0.2.0_query_nonverbose.json")).resources;
    expect([r?.durationHours, r?.extra.averagePowerW]).toEqual(["1", "3.0582353333333336"]);
    expect(r?.notes).toEqual(["embeddedUnallocated", "defaultLocation"]);
    expect(r?.warnings).toHaveLength(2);
  });

  test("cloud-scanner metrics: tags in both spellings, versions from the labels", () => {
    const docs = parseOk(readBoaviztaSample("cloud-scanner-2.0-docs_metrics_4instances.prom"));
    const c5n = docs.resources.find((r) => r.name === "i-0a3e6b8cdb50c49b8");
    expect([c5n?.tags.appname, c5n?.tags.Name, c5n?.state]).toEqual(["app1", "boavizta-c5n.xlarge", "stopped"]);
    const current = parseOk(readBoaviztaSample("cloud-scanner-3.2_metrics_1instance_unit-test.prom"));
    expect([current.toolVersion, current.apiVersion]).toEqual(["4.5.6", "v1.2.3"]);
    expect(current.resources[0]?.tags).toEqual({ tag_key_1: "tag_value_1", tag_key_2: "tag_value_2" });
    expect(current.resources[0]?.extra.cpuLoad).toBe("100");
  });

  test(`${CSV_SAMPLE}: 1226 models, 55 servers summing to the README's figures`, () => {
    const data = parseOk(readBoaviztaSample(CSV_SAMPLE));
    expect([data.tool, data.formatVersion, data.resources.length]).toEqual([
      "environmental-footprint-data",
      "us",
      1226,
    ]);
    const servers = data.resources.filter((r) => r.extra.category === "Datacenter" && r.type === "Server");
    expect(servers).toHaveLength(55);
    const sum = (phase: string) =>
      servers.reduce(
        (s, r) => s.plus(r.impacts.find((i) => i.criterion === "gwp" && i.phase === phase)?.value ?? 0),
        new Decimal(0),
      );
    expectDecimal(sum("lifecycle").toFixed(), "466906.2");
    expectDecimal(sum("embedded").toFixed(1), "59071.5"); // Σ gwp_total × gwp_manufacturing_ratio, published to 0.1
    const c4130 = data.resources.find((r) => r.name === "Dell PowerEdge C4130");
    const phase = (p: string) => c4130?.impacts.find((i) => i.phase === p)?.value;
    expect([phase("lifecycle"), phase("use"), phase("embedded"), c4130?.lifetimeHours, c4130?.location]).toEqual([
      "12700",
      "11455.4",
      "1206.5",
      "35040",
      "EU",
    ]);
    // 469 rows lack gwp_manufacturing_ratio: their embedded share is not guessed.
    expect(data.resources.filter((r) => r.notes.includes("manufacturingRatioMissing"))).toHaveLength(469);
    // Stages (use + manufacturing + transport + end of life) more than 1 point away from 100 %: 345 rows here.
    const off = data.resources.filter((r) => r.notes.includes("ratiosDoNotAddUp")).map((r) => r.name);
    expect(off).toHaveLength(345);
    expect(off).toContain("Apple iPhone 11 128GB"); // 0.17 + 0.79 = 0.96
    expect(off).not.toContain("Apple 13-inch MacBook Air (M1 CPU) 256GB - 2020"); // 0.15 + 0.76 + 0.08 = 0.99
  });
});
