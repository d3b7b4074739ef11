import { describe, expect, test } from "vitest";
import { expectDecimal, parseError, parseOk, totalOf, totalsOf } from "./testing/expect";
import { readBoaviztaSample } from "./testing/samples";

// One test per "never" rule of boavizta-formats.md §8 / methodology.md: each fails if the rule breaks.

const sampleJson = (name: string) => JSON.parse(readBoaviztaSample(name).toString("utf8")) as Record<string, unknown>;
const sampleText = (name: string) => readBoaviztaSample(name).toString("utf8");

describe("never sum verbose components with the total", () => {
  test("API 1.2: the components' use GWP adds up to 126; the total read is 18", () => {
    const totals = totalsOf(parseOk(readBoaviztaSample("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json")));
    expectDecimal(totalOf(totals, "gwp", "use"), "18");
  });

  test("API 1.0 whole-host components (0.0250 embedded) are ignored: 0.0016 is read", () => {
    const totals = totalsOf(parseOk(readBoaviztaSample("boaviztapi-1.0_cloud_aws-m6g.xlarge_1h_FRA_verbose.json")));
    expectDecimal(totalOf(totals, "gwp", "embedded"), "0.0016");
  });

  test("changing a verbose component's figure changes nothing", () => {
    const json = sampleJson("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json");
    const cpu = (json.verbose as Record<string, { impacts: { gwp: { use: { value: number } } } }>)["CPU-1"]!;
    cpu.impacts.gwp.use.value = 5000;
    expectDecimal(totalOf(totalsOf(parseOk(JSON.stringify(json))), "gwp", "use"), "18");
  });
});

describe("never allocate twice", () => {
  test("a duration=8760 verbose response is already allocated: 5.4 stays 5.4 (not 5.4 × 8760 / 35040)", () => {
    const [r] = parseOk(readBoaviztaSample("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json")).resources;
    expect(r?.allocation).toBe("allocated");
    expect(r?.impacts.find((i) => i.criterion === "gwp" && i.phase === "embedded")?.value).toBe("5.4");
  });

  test("a non-verbose response does not say: allocation unknown, never assumed either way", () => {
    for (const file of [
      "boaviztapi-2.4.1_server_duration-8785h_nonverbose.json",
      "boaviztapi-2.4.1_server_dell-r740_nonverbose.json",
    ]) {
      const [r] = parseOk(readBoaviztaSample(file)).resources;
      expect([r?.allocation, r?.durationHours]).toEqual(["unknown", null]);
      expect(r?.notes).toEqual(expect.arrayContaining(["allocationUnknown", "durationUnknown"]));
    }
  });

  test("cloud-scanner ≥ 0.3.0-alpha3 figures are already the run's share", () => {
    const [, r] = parseOk(readBoaviztaSample("cloud-scanner-3.x_estimated-inventory_2resources.json")).resources;
    expect([r?.allocation, r?.durationHours]).toEqual(["allocated", "5"]);
  });

  test("Prometheus: the summary series are never added to the per-resource ones", () => {
    const totals = totalsOf(parseOk(readBoaviztaSample("cloud-scanner-3.2_metrics_1instance_unit-test.prom")));
    expectDecimal(totalOf(totals, "gwp", "embedded"), "0.5"); // 1.0 if the summary were added
    expect(totals.resources).toBe(1);
  });
});

describe("never turn 'not implemented' or null into 0", () => {
  test('"not implemented" use is a missing figure, not zero, and adds nothing', () => {
    const data = parseOk(readBoaviztaSample("boaviztapi-1.3_component_hdd-1000GB_1h_verbose.json"));
    const use = data.resources[0]?.impacts.filter((i) => i.phase === "use");
    expect(use?.map((i) => [i.status, i.value])).toEqual([
      ["not_implemented", null],
      ["not_implemented", null],
      ["not_implemented", null],
    ]);
    expect(totalOf(totalsOf(data), "gwp", "use")).toBeUndefined();
  });

  test("null impacts (unknown instance type) = not assessed, listed without figures", () => {
    const data = parseOk(readBoaviztaSample("cloud-scanner-3.x_estimated-inventory_2resources.json"));
    const unknown = data.resources.find((r) => r.name === "instance-F");
    expect([unknown?.assessed, unknown?.impacts, unknown?.notes]).toEqual([false, [], ["notAssessed"]]);
    expect(totalsOf(data).notAssessed).toBe(1);
  });

  test("empty impacts {} in cloud-scanner 0.0.x = not assessed", () => {
    const data = parseOk(readBoaviztaSample("cloud-scanner-0.0.x_estimate_4instances.json"));
    expect(data.resources.filter((r) => !r.assessed).map((r) => r.type)).toEqual(["t2.micro", "t2.small", "t2.micro"]);
  });

  test("a criterion the response does not have (pe with criteria=gwp,adp) is absent, not 0", () => {
    const totals = totalsOf(parseOk(readBoaviztaSample("boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json")));
    expect(totals.impacts.pe).toBeUndefined();
  });

  test("cloud-scanner's forced 0 for block storage use is kept as no figure", () => {
    const json = sampleJson("cloud-scanner-3.x_estimated-inventory_2resources.json");
    const resources = json.impacting_resources as Array<Record<string, unknown>>;
    const volume = structuredClone(resources[1]!);
    (volume.cloud_resource as Record<string, unknown>).id = "vol-1";
    (volume.cloud_resource as Record<string, unknown>).resource_details = {
      block_storage: { storage_type: "gp2", usage: { size_gb: 100 } },
    };
    Object.assign(volume.impacts_values as object, {
      gwp_use_kgco2eq: 0,
      adp_use_kgsbeq: 0,
      pe_use_megajoules: 0,
      raw_data: null,
    });
    resources.push(volume);
    const data = parseOk(JSON.stringify(json));
    const r = data.resources.find((x) => x.name === "vol-1");
    expect(r?.impacts.find((i) => i.criterion === "gwp" && i.phase === "use")).toMatchObject({
      status: "not_implemented",
      value: null,
    });
    expect(r?.notes).toContain("storageUseNotCounted");
    expect(totalsOf(data).impacts.gwp?.use?.resources).toBe(1); // only the instance's measured use
  });
});

describe("never treat v0.x manufacture as period-allocated", () => {
  test("API 0.2.2: 1100 kg manufacture with 1 h of use is the lifecycle total", () => {
    const [r] = parseOk(readBoaviztaSample("boaviztapi-0.2.2_cloud_aws-c5a.24xlarge_1h_TOTAL.json")).resources;
    expect([r?.allocation, r?.notes.includes("embeddedUnallocated")]).toEqual(["unallocated", true]);
  });

  test("cloud-scanner 0.0.x (API v0.x): manufacture 87 kg for 5 h is unallocated", () => {
    const r = parseOk(readBoaviztaSample("cloud-scanner-0.0.x_estimate_4instances.json")).resources.find(
      (x) => x.assessed,
    );
    expect([r?.allocation, r?.durationHours]).toEqual(["unallocated", "5"]);
  });
});

describe("never sum Prometheus samples over time", () => {
  test("two scrapes of the same series are refused, not added", () => {
    const text = sampleText("cloud-scanner-3.2_metrics_1instance_unit-test.prom").replace("# EOF", "");
    expect(parseError(text + text)).toBe("boaviztaSeveralScrapes");
  });

  test("timestamped samples of one series are refused too", () => {
    const line =
      'boavizta_resource_gwp_embodied_kgco2eq{awsregion="eu-west-3",country="FRA",resource_type="Instance",resource_id="i-1",resource_tags="",resource_state="Running"}';
    expect(parseError(`${line} 0.5 1700000000000\n${line} 0.5 1700000030000\n`)).toBe("boaviztaSeveralScrapes");
  });

  test("summary series alone are refused (they would hide the resources)", () => {
    const summary = sampleText("cloud-scanner-3.2_metrics_1instance_unit-test.prom")
      .split("\n")
      .filter((l) => !l.startsWith("boavizta_resource_"))
      .join("\n");
    expect(parseError(summary)).toBe("boaviztaSummaryOnly");
  });
});
