// The public API across organisations: a token of A never reads or writes B's data. B's ids in A's calls
// are NOT_FOUND (or a validation error naming the field), and B is left exactly as it was. The token
// actions (Settings → API tokens) pass the shared cross-tenant suite.
import { afterAll, describe, expect, it, vi } from "vitest";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";
import { call, tokenFor, uploadFormOf } from "@/tests/api/client";
import { stopBoss } from "@/lib/jobs/boss";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const actions = await import("@/app/actions/api-tokens");
const activities = await import("@/app/api/v1/activities/route");
const activity = await import("@/app/api/v1/activities/[id]/route");
const periods = await import("@/app/api/v1/periods/route");
const totals = await import("@/app/api/v1/totals/route");
const imports = await import("@/app/api/v1/imports/route");
const oneImport = await import("@/app/api/v1/imports/[id]/route");
const confirmImport = await import("@/app/api/v1/imports/[id]/confirm/route");
const rollbackImport = await import("@/app/api/v1/imports/[id]/rollback/route");

const db = testDb();
afterAll(async () => {
  await stopBoss(); // a confirm that got through would have queued on the app's pg-boss
  await db.$disconnect();
});

const CSV =
  "Energy type,Quantity,Unit,Date,Site,Country (ISO code),Fuel,Heating or cooling network,Label,Description," +
  "Uncertainty of the quantity (%)\r\nenergy.electricity.grid,500,kWh,,,,,,,,\r\n";

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "VIEWER"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  const tokenA = (await tokenFor(db, a.scope())).secret;
  const tokenB = await tokenFor(db, b.scope());
  const pushed = await call(activities.POST, {
    token: tokenB.secret,
    method: "POST",
    body: {
      idempotencyKey: "same",
      activities: [
        {
          externalId: "shared-ref",
          periodId: b.periodOf(2024),
          siteId: b.siteId,
          activityTypeId: "energy.electricity.grid",
          quantity: "500",
          unit: "kWh",
        },
      ],
    },
  });
  // One import of B's previewed (waiting for confirmation) and one committed, through B's own token.
  const previewB = await call(imports.POST, {
    token: tokenB.secret,
    method: "POST",
    form: uploadFormOf(b.periodOf(2024), { name: "b.csv", bytes: CSV }),
  });
  const orgB = b.organizationId;
  const snapshotB = async () => ({
    activities: await db.activityData.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    lines: await db.emissionLine.count({ where: { organizationId: orgB } }),
    tokens: await db.apiToken.findMany({
      where: { organizationId: orgB },
      orderBy: { id: "asc" },
      select: { id: true, revokedAt: true, role: true, name: true },
    }),
    keys: await db.apiIdempotencyKey.count({ where: { organizationId: orgB } }),
    imports: await db.import.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    runs: await db.jobRun.count({ where: { organizationId: orgB } }),
    audit: await db.auditEvent.count({ where: { organizationId: orgB } }),
  });
  const signInAs = (role: "OWNER" | "VIEWER") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  session.user = null;
  return {
    a: { ...a, organization: a.organization },
    b: { ...b, organization: b.organization },
    tokenA,
    tokenB,
    activityB: pushed.json.activities[0].id as string,
    importB: previewB.json.id as string,
    signInAs,
    snapshotB,
  };
}
type W = Awaited<ReturnType<typeof world>>;

describe("API token actions across organisations", () => {
  itRefusesCrossTenantCalls<"OWNER" | "VIEWER", W>({
    world,
    actingRole: "OWNER",
    byId: {
      revokeApiTokenAction: (slug, w) => actions.revokeApiTokenAction(slug, { id: w.tokenB.id }),
    },
    onOrg: {
      createApiTokenAction: (slug) =>
        actions.createApiTokenAction(slug, { name: "Intrus", role: "VIEWER", lifetime: "30" }),
    },
  });

  it("members without the permission (viewers) get FORBIDDEN in their own organisation", async () => {
    const w = await world();
    w.signInAs("VIEWER");
    const result = await actions.createApiTokenAction(w.a.organization.slug, {
      name: "x",
      role: "VIEWER",
      lifetime: "30",
    });
    expect(result).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("API endpoints across organisations", () => {
  it("GET /activities and /periods never list B's records, whatever the filters or cursor", async () => {
    const w = await world();
    const queries: Record<string, string>[] = [{}, { periodId: w.b.periodOf(2024) }, { cursor: w.activityB }];
    for (const query of queries) {
      const r = await call(activities.GET, { token: w.tokenA, query });
      expect(r.status).toBe(200);
      expect(r.json.activities).toEqual([]);
    }
    const p = await call(periods.GET, { token: w.tokenA });
    expect(p.json.periods.map((x: { id: string }) => x.id)).toEqual([w.a.periodOf(2024)]);
  });

  it("GET /totals of B's period is 404", async () => {
    const w = await world();
    const r = await call(totals.GET, { token: w.tokenA, query: { periodId: w.b.periodOf(2024), include: "all" } });
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe("NOT_FOUND");
  });

  it("POST rows naming B's period or site are refused row by row, and nothing is written anywhere", async () => {
    const w = await world();
    const before = await w.snapshotB();
    const r = await call(activities.POST, {
      token: w.tokenA,
      method: "POST",
      body: {
        idempotencyKey: "k1",
        activities: [
          {
            externalId: "a-1",
            periodId: w.a.periodOf(2024),
            activityTypeId: "energy.natural_gas",
            quantity: "1",
            unit: "kWh",
          },
          {
            externalId: "a-2",
            periodId: w.b.periodOf(2024),
            activityTypeId: "energy.natural_gas",
            quantity: "1",
            unit: "kWh",
          },
          {
            externalId: "a-3",
            periodId: w.a.periodOf(2024),
            siteId: w.b.siteId,
            activityTypeId: "energy.natural_gas",
            quantity: "1",
            unit: "kWh",
          },
        ],
      },
    });
    expect(r.status).toBe(422);
    expect(r.json.error.rowErrors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [1, "periodId"],
      [2, "siteId"],
    ]);
    expect(await db.activityData.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("POST with B's externalId creates A's own activity and leaves B's alone; idempotency keys are per organisation", async () => {
    const w = await world();
    const before = await w.snapshotB();
    const row = {
      externalId: "shared-ref",
      periodId: w.a.periodOf(2024),
      activityTypeId: "energy.electricity.grid",
      quantity: "900",
      unit: "kWh",
    };
    const r = await call(activities.POST, {
      token: w.tokenA,
      method: "POST",
      body: { idempotencyKey: "same", activities: [row] },
    });
    expect(r.json).toMatchObject({ created: 1, replaced: 0 });
    expect(r.json.activities[0].id).not.toBe(w.activityB);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("PATCH of B's activity is 404; moving A's activity into B's period is refused", async () => {
    const w = await world();
    const before = await w.snapshotB();
    const r = await call(activity.PATCH, {
      token: w.tokenA,
      method: "PATCH",
      params: { id: w.activityB },
      body: { quantity: "1" },
    });
    expect(r.status).toBe(404);
    const own = await call(activities.POST, {
      token: w.tokenA,
      method: "POST",
      body: {
        activities: [
          { periodId: w.a.periodOf(2024), activityTypeId: "energy.electricity.grid", quantity: "10", unit: "kWh" },
        ],
      },
    });
    const moved = await call(activity.PATCH, {
      token: w.tokenA,
      method: "PATCH",
      params: { id: own.json.activities[0].id },
      body: { periodId: w.b.periodOf(2024), siteId: w.b.siteId },
    });
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.json.error.fieldErrors).sort()).toEqual(["periodId", "siteId"]);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("DELETE with one of B's ids is 404 for the whole call: nothing is deleted in A or B", async () => {
    const w = await world();
    const own = await call(activities.POST, {
      token: w.tokenA,
      method: "POST",
      body: {
        activities: [
          { periodId: w.a.periodOf(2024), activityTypeId: "energy.electricity.grid", quantity: "10", unit: "kWh" },
        ],
      },
    });
    const before = await w.snapshotB();
    const r = await call(activities.DELETE, {
      token: w.tokenA,
      method: "DELETE",
      body: { ids: [own.json.activities[0].id, w.activityB] },
    });
    expect(r.status).toBe(404);
    expect(await db.activityData.count({ where: { organizationId: w.a.organizationId } })).toBe(1);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("file imports: B's import is 404 to A's token (read, confirm, roll back), never listed, and B's period is 404 to an upload", async () => {
    const w = await world();
    expect(w.importB).toMatch(/\S/);
    const before = await w.snapshotB();
    expect(before.imports.map((i) => i.status)).toEqual(["PREVIEWED"]);
    const params = { id: w.importB };
    for (const [handler, method] of [
      [oneImport.GET, "GET"],
      [confirmImport.POST, "POST"],
      [rollbackImport.POST, "POST"],
    ] as const) {
      const r = await call(handler, { token: w.tokenA, method, params });
      expect([method, r.status, r.json.error.code]).toEqual([method, 404, "NOT_FOUND"]);
      expect(JSON.stringify(r.json)).not.toContain("b.csv");
    }
    // A's list never shows B's import, whatever the cursor (B's id starts A's list over).
    await call(imports.POST, {
      token: w.tokenA,
      method: "POST",
      form: uploadFormOf(w.a.periodOf(2024), { name: "a.csv", bytes: CSV }),
    });
    const queries: Record<string, string>[] = [{}, { cursor: w.importB }, { cursor: w.importB, limit: "1" }];
    for (const query of queries) {
      const list = await call(imports.GET, { token: w.tokenA, query });
      expect(list.json.imports.map((i: { fileName: string }) => i.fileName)).toEqual(["a.csv"]);
    }
    // An upload naming B's period: 404, no import anywhere for it.
    const upload = await call(imports.POST, {
      token: w.tokenA,
      method: "POST",
      form: uploadFormOf(w.b.periodOf(2024), { name: "b-period.csv", bytes: CSV }),
    });
    expect([upload.status, upload.json.error.code]).toEqual([404, "NOT_FOUND"]);
    expect(await db.import.count({ where: { fileName: "b-period.csv", organizationId: w.a.organizationId } })).toBe(0);
    expect(await w.snapshotB()).toEqual(before);
    // B's own token still reaches it: the 404s above were about the organisation, not the import.
    expect((await call(oneImport.GET, { token: w.tokenB.secret, params })).json.status).toBe("PREVIEWED");
  });
});
