import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { listBoaviztaResources } from "@/lib/imports/boavizta/queries";
import { cloudFormDefaults, serverFormDefaults } from "@/lib/imports/boavizta/api-form-defaults";
import { startFakeBoaviztApi, type TFakeBoaviztApi } from "@/lib/imports/boavizta/testing/fake-api";
import { readBoaviztaSample } from "@/lib/imports/boavizta/testing/samples";
import { rollbackImport } from "@/lib/imports/rollback";
import { setScriptVar } from "@/scripts/lib/env";
import { testDb } from "@/tests/fixtures/tenants";

// The BoaviztAPI forms' server actions against PostgreSQL and a stand-in BoaviztAPI replaying the real
// responses: the answer is previewed as an import, committed by the pipeline with the README's figures on the
// right scopes, refused the second time (same content), rolled back; an API failure writes nothing.
// Only the session and Next's cache are stubbed.

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const { boaviztaCloudImportAction, boaviztaServerImportAction } = await import("@/app/actions/boavizta-api");

const db = testDb();
let api: TFakeBoaviztApi;
beforeAll(async () => {
  api = await startFakeBoaviztApi();
  setScriptVar("BOAVIZTAPI_URL", api.url);
});
afterAll(async () => {
  setScriptVar("BOAVIZTAPI_URL", "");
  await api.close();
  await db.$disconnect();
});
beforeEach(() => {
  api.requests.length = 0;
  api.answer(() => null);
});

const job = { runId: "run-boavizta-api", chunks: { onProgress: async () => {} } };
const replay = (file: string) => api.answer((r) => (r.method === "POST" ? { body: readBoaviztaSample(file) } : null));

async function manager() {
  const t = await tenantWithPeriods(db, [2025], { roles: ["OWNER", "MANAGER", "VIEWER"] });
  session.user = { ...t.actorOf("MANAGER"), name: "Manager", locale: "fr" };
  return t;
}
const cloudForm = (periodId: string) => ({
  ...cloudFormDefaults(periodId, "azure"),
  name: "analytics-db",
  hours: "8 760",
  instanceType: "e8ads_v5",
});
const serverForm = (periodId: string) => ({
  ...serverFormDefaults(periodId),
  name: "db-prod-1",
  hours: "8 760",
  loadPct: "50",
  cpuUnits: "2",
  cpuCores: "24",
  ramModules: "12",
  ramGb: "32",
  ssdUnits: "1",
  ssdGb: "400",
  pue: "1,2",
});
const inventoryOf = (organizationId: string) =>
  db.emissionLine.findMany({
    where: { organizationId },
    select: { scope: true, ghgCategory: true, kgCO2e: true },
    orderBy: { kgCO2e: "asc" },
  });

describe("BoaviztAPI forms through the import pipeline", () => {
  it("cloud instance: previewed like an upload, committed as scope 3 cat. 1 with the README's figures, rolled back", async () => {
    const t = await manager();
    replay("boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json");
    const result = await boaviztaCloudImportAction(t.organization.slug, cloudForm(t.periodOf(2025)));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.status).toBe("PREVIEWED");
    expect(api.requests.filter((r) => r.method === "POST")).toEqual([
      {
        method: "POST",
        path: "/v1/cloud/instance",
        query: { verbose: "false", duration: "8760" },
        body: { provider: "azure", instance_type: "e8ads_v5" },
      },
    ]);
    const stored = await db.import.findFirstOrThrow({
      where: { id: result.data.id, organizationId: t.organizationId },
    });
    expect([stored.format, stored.fileName, stored.mediaType, stored.rows, stored.status]).toEqual([
      "boavizta",
      "boaviztapi-cloud-analytics-db.json",
      "application/json",
      2,
      "PREVIEWED",
    ]);
    expect(stored.totals).toMatchObject({ kgCO2e: "970", apiVersion: "2.4.1", "pe.use": "30000 MJ" });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);

    await confirmImport(db, t.scope("MANAGER"), stored.id);
    await runImportCommit(db, t.scope("MANAGER"), stored.id, job);
    const activities = await db.activityData.findMany({
      where: { organizationId: t.organizationId },
      select: { sourceKind: true, activityTypeId: true, kgCO2e: true, label: true },
      orderBy: { kgCO2e: "asc" },
    });
    expect(activities.map((a) => [a.sourceKind, a.activityTypeId, a.kgCO2e.toFixed(), a.label])).toEqual([
      ["BOAVIZTA_IMPORT", "digital.hosting.cloud_assessed", "170", "analytics-db (fabrication)"],
      ["BOAVIZTA_IMPORT", "digital.hosting.cloud_assessed", "800", "analytics-db (usage)"],
    ]);
    expect((await inventoryOf(t.organizationId)).map((l) => [l.scope, l.ghgCategory, l.kgCO2e.toFixed()])).toEqual([
      [3, 1, "170"],
      [3, 1, "800"],
    ]);
    const [resource] = await listBoaviztaResources(db, t.organizationId);
    expect(resource).toMatchObject({
      name: "analytics-db",
      kind: "cloud_instance",
      provider: "azure",
      resourceType: "e8ads_v5",
      allocation: "allocated",
    });
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityId: stored.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["import.commit", "import.confirm", "import.preview"]);

    // The same assessment again: the content hash refuses it, nothing more is written.
    const again = await boaviztaCloudImportAction(t.organization.slug, cloudForm(t.periodOf(2025)));
    expect(again).toMatchObject({ ok: false, error: "CONFLICT", fieldErrors: { file: "imports.errors.duplicate" } });
    expect(await db.import.count({ where: { organizationId: t.organizationId } })).toBe(1);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(2);

    expect((await rollbackImport(db, t.scope("MANAGER"), stored.id)).activities).toBe(2);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("server: owned hardware, embedded already the period's share in cat. 2, use × PUE 1,2 in scope 2", async () => {
    const t = await manager();
    replay("boaviztapi-2.4.1_server_dell-r740_nonverbose.json");
    const result = await boaviztaServerImportAction(t.organization.slug, serverForm(t.periodOf(2025)));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(api.requests.find((r) => r.method === "POST")?.body).toEqual({
      configuration: {
        cpu: { units: 2, core_units: 24 },
        ram: [{ units: 12, capacity: 32 }],
        disk: [{ units: 1, capacity: 400, type: "ssd" }],
      },
      usage: { usage_location: "FRA", time_workload: 50 },
    });
    await confirmImport(db, t.scope("MANAGER"), result.data.id);
    await runImportCommit(db, t.scope("MANAGER"), result.data.id, job);
    expect((await inventoryOf(t.organizationId)).map((l) => [l.scope, l.ghgCategory, l.kgCO2e.toFixed()])).toEqual([
      [3, 2, "967.9"],
      [2, null, "9600"], // 8000 × 1.2
    ]);
  });

  it("an API failure, a refusal or an unreadable answer: a clear message and nothing written", async () => {
    const t = await manager();
    const before = await db.auditEvent.count({ where: { organizationId: t.organizationId } });
    const tries: Array<[() => void, string]> = [
      [
        () =>
          api.answer((r) =>
            r.method === "POST" ? { status: 404, body: '{"detail":"e8ads_v5 at azure not found"}' } : null,
          ),
        "boaviztaApi.errors.status?status=404&detail=e8ads_v5+at+azure+not+found",
      ],
      [
        () => api.answer((r) => (r.method === "POST" ? { body: '{"impacts": {}}' } : null)),
        "boaviztaApi.errors.invalid",
      ],
    ];
    for (const [setUp, message] of tries) {
      setUp();
      const result = await boaviztaCloudImportAction(t.organization.slug, cloudForm(t.periodOf(2025)));
      expect(result).toMatchObject({ ok: false, error: "VALIDATION" });
      expect(result.ok ? "" : result.fieldErrors?.api).toContain(message);
    }
    setScriptVar("BOAVIZTAPI_URL", "http://127.0.0.1:9"); // nothing listens on the discard port
    const unreachable = await boaviztaCloudImportAction(t.organization.slug, cloudForm(t.periodOf(2025)));
    setScriptVar("BOAVIZTAPI_URL", api.url);
    expect(unreachable.ok ? "" : unreachable.fieldErrors?.api).toMatch(/^boaviztaApi\.errors\.unreachable/);
    expect(await db.import.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: t.organizationId } })).toBe(before);
  });

  it("bad input is refused before calling the API; a viewer is FORBIDDEN", async () => {
    const t = await manager();
    const bad = await boaviztaCloudImportAction(t.organization.slug, { ...cloudForm(t.periodOf(2025)), hours: "-3" });
    expect(bad).toMatchObject({ ok: false, error: "VALIDATION", fieldErrors: { hours: "validation.tooSmall?min=1" } });
    session.user = { ...t.actorOf("VIEWER"), name: "Viewer", locale: "fr" };
    expect(await boaviztaCloudImportAction(t.organization.slug, cloudForm(t.periodOf(2025)))).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(api.requests).toEqual([]);
  });
});
