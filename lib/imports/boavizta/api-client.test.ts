import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apiVersion, BoaviztApiError, listInstanceTypes, listProviders, postImpacts } from "./api-client";
import { cloudCall, serverCall, zBoaviztaCloudForm, zBoaviztaServerForm } from "./api-forms";
import { annotatedResponse } from "./api-request-record";
import { expectDecimal, parseError, parseOk, totalOf, totalsOf } from "./testing/expect";
import { startFakeBoaviztApi, type TFakeBoaviztApi } from "./testing/fake-api";
import { readBoaviztaSample } from "./testing/samples";

// The BoaviztAPI client against a real HTTP server that checks the request it gets (BoaviztAPI 2.4.1's
// request models: dto/device/device.py, dto/usage/usage.py) and replays the real responses of
// ../shared/data/boavizta; the annotated file it builds is read by the import's parser with the totals that
// folder's README gives.

let api: TFakeBoaviztApi;
beforeAll(async () => {
  api = await startFakeBoaviztApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const replay = (file: string) => api.answer((r) => (r.method === "POST" ? { body: readBoaviztaSample(file) } : null));

const serverForm = zBoaviztaServerForm("fr").parse({
  periodId: "p1",
  name: "Dell R740 (Paris)",
  hours: "8 760",
  cpuName: "",
  cpuUnits: "2",
  cpuCores: "24",
  cpuTdp: "150",
  ramModules: "12",
  ramGb: "32",
  ssdUnits: "1",
  ssdGb: "400",
  hddUnits: "",
  hddGb: "",
  lifetimeYears: "5",
  location: "fra",
  loadPct: "50",
  usePct: "100",
  pue: "1,4",
});
const cloudForm = zBoaviztaCloudForm("en").parse({
  periodId: "p1",
  name: "analytics-db",
  hours: "1,250.5",
  provider: "azure",
  instanceType: "e8ads_v5",
  region: "",
  location: "",
  loadPct: "",
});

describe("BoaviztAPI forms → request", () => {
  it("the server form is BoaviztAPI's Server body, French numbers read", () => {
    expect(serverCall(serverForm)).toEqual({
      route: "server",
      duration: 8760,
      body: {
        configuration: {
          cpu: { units: 2, core_units: 24, tdp: 150 },
          ram: [{ units: 12, capacity: 32 }],
          disk: [{ units: 1, capacity: 400, type: "ssd" }],
        },
        usage: { usage_location: "FRA", hours_life_time: 43_800, time_workload: 50, use_time_ratio: 1 },
      },
    });
  });

  it("the cloud form is BoaviztAPI's Cloud body; empty fields are left to the API's defaults", () => {
    expect(cloudCall(cloudForm)).toEqual({
      route: "cloud_instance",
      duration: 1250.5,
      body: { provider: "azure", instance_type: "e8ads_v5" },
    });
    const withUsage = zBoaviztaCloudForm("fr").parse({
      ...cloudForm,
      hours: "720",
      region: "eu-west-3",
      loadPct: "12,5",
    });
    expect(cloudCall(withUsage).body).toEqual({
      provider: "azure",
      instance_type: "e8ads_v5",
      usage: { region: "eu-west-3", time_workload: 12.5 },
    });
  });

  it("refuses what BoaviztAPI would not understand", () => {
    const bad = zBoaviztaCloudForm("fr").safeParse({ ...cloudForm, hours: "0", provider: "AWS!", location: "France" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["hours", "location", "provider"]);
    expect(zBoaviztaServerForm("fr").safeParse({ ...serverForm, pue: "0,9" }).success).toBe(false);
  });
});

describe("BoaviztAPI client (contract)", () => {
  it("server: POST /v1/server/?verbose=false&duration=…, the 2.4.1 Dell R740 response read with the README's totals", async () => {
    replay("boaviztapi-2.4.1_server_dell-r740_nonverbose.json");
    const call = serverCall(serverForm);
    const response = await postImpacts(api.url, call);
    expect(api.requests).toEqual([
      { method: "POST", path: "/v1/server/", query: { verbose: "false", duration: "8760" }, body: call.body },
    ]);
    const data = parseOk(annotatedResponse("Dell R740 (Paris)", call, response, "2.4.1"));
    expect([data.format, data.formatVersion, data.apiVersion]).toEqual(["boaviztapi-batch", "v1.x-v2.x", "2.4.1"]);
    const [r] = data.resources;
    expect(r).toMatchObject({ name: "Dell R740 (Paris)", kind: "server", location: "FRA", lifetimeHours: "43800" });
    // The API was given a duration: embedded is already the period's share, never allocated again.
    expect([r?.durationHours, r?.allocation, r?.notes]).toEqual(["8760", "allocated", []]);
    const totals = totalsOf(data);
    expect([totals.resources, totals.assessed]).toEqual([1, 1]);
    for (const [criterion, phase, value] of [
      ["gwp", "embedded", "967.9"],
      ["gwp", "use", "8000"],
      ["adp", "embedded", "0.1492"],
      ["adp", "use", "0.001"],
      ["pe", "embedded", "12870"],
      ["pe", "use", "300000"],
    ] as const)
      expectDecimal(totalOf(totals, criterion, phase), value);
  });

  it("cloud: POST /v1/cloud/instance, the 2.4.1 Azure e8ads_v5 response read with the README's totals", async () => {
    replay("boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json");
    const call = cloudCall(cloudForm);
    const response = await postImpacts(api.url, call);
    expect(api.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/cloud/instance",
      query: { verbose: "false", duration: "1250.5" },
      body: { provider: "azure", instance_type: "e8ads_v5" },
    });
    const data = parseOk(annotatedResponse("analytics-db", call, response, null));
    expect(data.apiVersion).toBe("v1.x-v2.x"); // no version printed: the shape's
    expect(data.resources[0]).toMatchObject({
      kind: "cloud_instance",
      provider: "azure",
      type: "e8ads_v5",
      durationHours: "1250.5",
      allocation: "allocated",
      notes: ["defaultLocation"], // neither region nor location: BoaviztAPI's European mix
    });
    const totals = totalsOf(data);
    for (const [criterion, phase, value] of [
      ["gwp", "embedded", "170"],
      ["gwp", "use", "800"],
      ["adp", "embedded", "0.0163"],
      ["adp", "use", "0.00014"],
      ["pe", "embedded", "2200"],
      ["pe", "use", "30000"],
    ] as const)
      expectDecimal(totalOf(totals, criterion, phase), value);
  });

  it("a v1.0 server answering verbose anyway: its own duration wins, components never summed", async () => {
    replay("boaviztapi-1.0_cloud_aws-m6g.xlarge_1h_FRA_verbose.json");
    const call = cloudCall({
      ...cloudForm,
      provider: "aws",
      instanceType: "m6g.xlarge",
      location: "FRA",
      hours: "720",
    });
    const data = parseOk(annotatedResponse("m6g", call, await postImpacts(api.url, call), "1.0.1"));
    expect(data.resources[0]).toMatchObject({ durationHours: "1", allocation: "allocated", location: "FRA" });
    const totals = totalsOf(data);
    expectDecimal(totalOf(totals, "gwp", "embedded"), "0.0016");
    expectDecimal(totalOf(totals, "gwp", "use"), "0.00184");
  });

  it("a 1.0.0a5 response (criteria at the root): read, its allocation left for the wizard", async () => {
    replay("boaviztapi-1.0.0a5_server_dell-r740_nonverbose.json");
    const call = serverCall(serverForm);
    const data = parseOk(annotatedResponse("r740", call, await postImpacts(api.url, call), null));
    expect([data.formatVersion, data.resources[0]?.allocation, data.resources[0]?.durationHours]).toEqual([
      "v0.3-v1.0.0a5",
      "unknown",
      "8760",
    ]);
    expectDecimal(totalOf(totalsOf(data), "gwp", "embedded"), "970");
    expectDecimal(totalOf(totalsOf(data), "gwp", "use"), "8400");
  });

  it("lists providers, instance types and the version", async () => {
    api.answer(() => null);
    expect(await listProviders(api.url)).toEqual(["aws", "azure", "gcp", "ovhcloud", "scaleway"]);
    expect(await listInstanceTypes(api.url, "azure")).toContain("e8ads_v5");
    expect(api.requests.at(-1)).toMatchObject({
      path: "/v1/cloud/instance/all_instances",
      query: { provider: "azure" },
    });
    expect(await apiVersion(api.url)).toBe("2.4.1");
  });
});

describe("BoaviztAPI client: clear failures", () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => "resolved",
      (e: unknown) => (e instanceof BoaviztApiError ? [e.reason, e.status, e.detail] : String(e)),
    );
  const call = () => cloudCall(cloudForm);

  it("a 4xx carries the API's own message", async () => {
    api.answer((r) =>
      r.method === "POST" ? { status: 404, body: JSON.stringify({ detail: "e9ads_v5 at azure not found" }) } : null,
    );
    expect(await failure(postImpacts(api.url, call()))).toEqual(["status", 404, "e9ads_v5 at azure not found"]);
    api.answer((r) =>
      r.method === "POST"
        ? {
            status: 422,
            body: JSON.stringify({
              detail: [{ loc: ["body", "usage", "time_workload"], msg: "Input should be a valid number" }],
            }),
          }
        : null,
    );
    expect(await failure(postImpacts(api.url, call()))).toEqual([
      "status",
      422,
      "usage.time_workload: Input should be a valid number",
    ]);
  });

  it("too slow: a timeout", async () => {
    api.answer((r) => (r.method === "POST" ? { body: "{}", delayMs: 400 } : null));
    expect(await failure(postImpacts(api.url, call(), { timeoutMs: 100 }))).toEqual(["timeout", null, "100 ms"]);
  });

  it("nobody listening: unreachable", async () => {
    const gone = await startFakeBoaviztApi();
    await gone.close();
    expect(await failure(postImpacts(gone.url, call()))).toEqual(["unreachable", null, "ECONNREFUSED"]);
  });

  it("an answer the parser refuses: invalid, before anything is imported", async () => {
    for (const body of [
      "<html>oops</html>",
      '{"impacts": {"gwp": {"unit": "kgCO2eq", "embedded": {"value": -3}}}}',
      '{"hello": 1}',
    ]) {
      api.answer((r) => (r.method === "POST" ? { body } : null));
      expect((await failure(postImpacts(api.url, call())))[0]).toBe("invalid");
    }
  });
});

describe("the request recorded beside a response", () => {
  it("is read strictly: a malformed record refuses the file", () => {
    const response = JSON.parse(readBoaviztaSample("boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json").toString());
    const file = (request: unknown) => JSON.stringify([{ name: "x", request, response }]);
    expect(parseError(file({ route: "cloud_instance", duration: -1, body: {}, apiVersion: null }))).toBe(
      "boaviztaUnknownShape",
    );
    expect(parseError(file({ route: "printer", duration: 1, body: {}, apiVersion: null }))).toBe(
      "boaviztaUnknownShape",
    );
    expect(
      parseError(file({ route: "server", duration: 1, body: { usage: { hours_life_time: "4y" } }, apiVersion: null })),
    ).toBe("boaviztaUnknownShape");
  });
});
