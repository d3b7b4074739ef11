import { afterAll, describe, expect, it } from "vitest";
import * as activities from "@/app/api/v1/activities/route";
import * as activity from "@/app/api/v1/activities/[id]/route";
import * as periods from "@/app/api/v1/periods/route";
import * as totals from "@/app/api/v1/totals/route";
import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { testDb } from "@/tests/fixtures/tenants";
import { call, tokenFor } from "@/tests/api/client";

const db = testDb();
afterAll(() => db.$disconnect());

const row = (periodId: string, n: number, overrides: Record<string, unknown> = {}) => ({
  externalId: `erp-${n}`,
  periodId,
  activityTypeId: "energy.electricity.grid",
  quantity: String(1000 + n),
  unit: "kWh",
  ...overrides,
});

async function world(roles: Parameters<typeof tenantWithPeriods>[2] = {}) {
  const t = await tenantWithPeriods(db, [2023, 2024], { locked: [2023], ...roles });
  const { secret } = await tokenFor(db, t.scope());
  return { t, token: secret, p: t.periodOf(2024) };
}

const count = (organizationId: string) => db.activityData.count({ where: { organizationId } });

describe("authentication and rate limit", () => {
  it("answers 401 JSON to a missing, unknown or revoked token", async () => {
    const { t, token } = await world();
    for (const bad of [null, "alb_" + "x".repeat(43), "not-a-token"]) {
      const r = await call(periods.GET, { token: bad });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe("UNAUTHENTICATED");
      expect(r.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect((await call(periods.GET, { token })).status).toBe(200);
    const id = (await db.apiToken.findFirstOrThrow({ where: { organizationId: t.organizationId } })).id;
    await revokeApiToken(db, t.scope(), id);
    expect((await call(periods.GET, { token })).status).toBe(401);
  });

  it("answers 429 with Retry-After once the token's minute budget is spent", async () => {
    const { t, token } = await world();
    const tokenId = (await db.apiToken.findFirstOrThrow({ where: { organizationId: t.organizationId } })).id;
    const ok = await call(periods.GET, { token });
    expect(ok.headers.get("ratelimit-limit")).toBe("600");
    await db.apiRateWindow.updateMany({ where: { tokenId }, data: { count: 600 } });
    const limited = await call(periods.GET, { token });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("gives the token's role the app's permissions: viewers and contributors read, only managers write", async () => {
    const { t, p } = await world({ roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      const { secret } = await tokenFor(db, t.scope(), { role });
      expect((await call(activities.GET, { token: secret })).status).toBe(200);
      const r = await call(activities.POST, { token: secret, method: "POST", body: { activities: [row(p, 1)] } });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe("FORBIDDEN");
    }
    expect(await count(t.organizationId)).toBe(0);
  });
});

describe("POST /api/v1/activities", () => {
  it("creates rows, updates them in place by externalId, and is all or nothing with every row error", async () => {
    const { t, token, p } = await world();
    const first = await call(activities.POST, { token, method: "POST", body: { activities: [row(p, 0), row(p, 1)] } });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ created: 2, replaced: 0, kgCO2e: "103.8519" }); // 2001 kWh × 0.0519
    const stored = await db.activityData.findMany({ where: { organizationId: t.organizationId } });
    expect(stored.map((a) => [a.sourceKind, a.sourceRef]).sort()).toEqual([
      ["API", "erp-0"],
      ["API", "erp-1"],
    ]);

    const again = await call(activities.POST, {
      token,
      method: "POST",
      body: { activities: [row(p, 0, { quantity: 2000 }), row(p, 1)] },
    });
    expect(again.json).toMatchObject({ created: 0, replaced: 1, unchanged: 1 });
    expect(again.json.activities.map((a: { id: string }) => a.id)).toEqual(
      first.json.activities.map((a: { id: string }) => a.id),
    );

    const bad = await call(activities.POST, {
      token,
      method: "POST",
      body: {
        activities: [
          row(p, 5),
          row(p, 6, { unit: "L" }),
          row(t.periodOf(2023), 7),
          row(p, 8, { sourceRef: "x" }),
          row(p, 9, { quantity: "-3" }),
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.code).toBe("VALIDATION");
    expect(bad.json.error.rowErrors).toEqual([
      { row: 3, externalId: null, field: "sourceRef", message: "api.errors.reservedField" },
    ]);
    const bad2 = await call(activities.POST, {
      token,
      method: "POST",
      body: {
        activities: [row(p, 5), row(p, 6, { unit: "L" }), row(t.periodOf(2023), 7), row(p, 9, { quantity: "-3" })],
      },
    });
    expect(
      bad2.json.error.rowErrors.map((e: { row: number; externalId: string; field: string }) => [
        e.row,
        e.externalId,
        e.field,
      ]),
    ).toEqual([
      [1, "erp-6", "unit"],
      [2, "erp-7", "periodId"],
      [3, "erp-9", "quantity"],
    ]);
    expect(bad2.json.error.fieldErrors).toMatchObject({ "activities.1.unit": "activity.validation.incompatibleUnit" });
    const twice = await call(activities.POST, {
      token,
      method: "POST",
      body: { activities: [row(p, 11), row(p, 11)] },
    });
    expect(twice.json.error.rowErrors).toEqual([
      { row: 1, externalId: "erp-11", field: "externalId", message: "activity.validation.duplicateSourceRef" },
    ]);
    expect(await count(t.organizationId)).toBe(2);
  });

  it("replays the first answer for the same idempotency key and payload, and refuses another payload (409)", async () => {
    const { t, token, p } = await world();
    const body = {
      idempotencyKey: "batch-42",
      activities: [row(p, 0, { externalId: null }), row(p, 1, { externalId: null })],
    };
    const first = await call(activities.POST, { token, method: "POST", body });
    const replay = await call(activities.POST, { token, method: "POST", body });
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await count(t.organizationId)).toBe(2); // rows without externalId: a second write would have doubled them
    const audits = await db.auditEvent.count({
      where: { organizationId: t.organizationId, action: "activity.bulkSave" },
    });
    expect(audits).toBe(1);

    const other = await call(activities.POST, { token, method: "POST", body: { ...body, activities: [row(p, 3)] } });
    expect(other.status).toBe(409);
    expect(other.json.error.fieldErrors).toEqual({ idempotencyKey: "api.errors.idempotencyKeyReused" });
    expect(await count(t.organizationId)).toBe(2);

    // A refused write frees its key: the corrected call goes through under the same key.
    const failing = { idempotencyKey: "batch-43", activities: [row(p, 7, { unit: "L" })] };
    expect((await call(activities.POST, { token, method: "POST", body: failing })).status).toBe(422);
    expect((await call(activities.POST, { token, method: "POST", body: failing })).status).toBe(422);
    expect(await db.apiIdempotencyKey.count({ where: { organizationId: t.organizationId, key: "batch-43" } })).toBe(0);
  });

  it("refuses a body that is not JSON (400) or not an object of activities (422)", async () => {
    const { token } = await world();
    expect((await call(activities.POST, { token, method: "POST", body: "{oops" })).json.error.code).toBe(
      "INVALID_JSON",
    );
    const r = await call(activities.POST, { token, method: "POST", body: { activities: [] } });
    expect(r.status).toBe(422);
    expect(r.json.error.fieldErrors).toHaveProperty("activities");
  });
});

describe("GET, PATCH and DELETE /api/v1/activities", () => {
  it("lists with cursor pagination and filters", async () => {
    const { token, p } = await world();
    const rows = [
      ...Array.from({ length: 5 }, (_, n) => row(p, n)),
      row(p, 10, { activityTypeId: "travel.train.tgv", unit: "p.km" }),
    ];
    await call(activities.POST, { token, method: "POST", body: { activities: rows } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call>> = await call(activities.GET, {
        token,
        query: { periodId: p, limit: "2", ...(cursor ? { cursor } : {}) },
      });
      seen.push(...page.json.activities.map((a: { externalId: string }) => a.externalId));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(["erp-0", "erp-1", "erp-10", "erp-2", "erp-3", "erp-4"]);
    const travel = await call(activities.GET, { token, query: { category: "travel" } });
    expect(travel.json.activities.map((a: { externalId: string }) => a.externalId)).toEqual(["erp-10"]);
    expect(travel.json.activities[0]).toMatchObject({
      quantity: "1010",
      unit: "p.km",
      status: "DRAFT",
      sourceKind: "API",
    });
    expect((await call(activities.GET, { token, query: { status: "VALIDATED" } })).json.activities).toEqual([]);
    expect((await call(activities.GET, { token, query: { category: "nope" } })).status).toBe(422);
  });

  it("patches given fields and recomputes; deletes by ids all or nothing", async () => {
    const { t, token, p } = await world();
    const pushed = await call(activities.POST, { token, method: "POST", body: { activities: [row(p, 0), row(p, 1)] } });
    const [a, b] = pushed.json.activities.map((x: { id: string }) => x.id);
    const patched = await call(activity.PATCH, {
      token,
      method: "PATCH",
      params: { id: a },
      body: { quantity: "2000", label: "Corrigé" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      id: a,
      quantity: "2000",
      label: "Corrigé",
      kgCO2e: "103.8",
      externalId: "erp-0",
    });
    const invalid = await call(activity.PATCH, { token, method: "PATCH", params: { id: a }, body: { unit: "L" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.fieldErrors).toHaveProperty("unit");

    const missing = await call(activities.DELETE, { token, method: "DELETE", body: { ids: [a, "no-such-id"] } });
    expect(missing.status).toBe(404);
    expect(await count(t.organizationId)).toBe(2);
    const done = await call(activities.DELETE, { token, method: "DELETE", body: { ids: [a, b] } });
    expect(done.json).toEqual({ deleted: 2 });
    expect(await count(t.organizationId)).toBe(0);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.organizationId, action: "activity.bulkDelete" } }),
    ).toBe(1);
  });
});

describe("GET /api/v1/periods and /api/v1/totals", () => {
  it("lists periods and reads totals from the reporting layer", async () => {
    const { t, token, p } = await world();
    const list = await call(periods.GET, { token });
    expect(list.json.periods.map((x: { year: number; status: string }) => [x.year, x.status])).toEqual([
      [2024, "OPEN"],
      [2023, "LOCKED"],
    ]);
    await call(activities.POST, {
      token,
      method: "POST",
      body: {
        activities: [row(p, 0, { siteId: t.siteId }), row(p, 1, { activityTypeId: "travel.train.tgv", unit: "p.km" })],
      },
    });
    const r = await call(totals.GET, { token, query: { periodId: p, groupBy: "scope", include: "all" } });
    expect(r.status).toBe(200);
    const report = await aggregateEmissions(db, t.organizationId, {
      periodIds: [p],
      statuses: "all",
      groupBy: ["scope"],
    });
    expect(r.json.groups.map((g: { key: { scope: number }; kgCO2e: string }) => [g.key.scope, g.kgCO2e])).toEqual(
      report.groups.map((g) => [g.key.scope, g.kgCO2e]),
    );
    expect(r.json.total.kgCO2e).toMatch(/^\d+\.\d+$/);
    expect(r.json.total.uncertaintyKgCO2e).toMatch(/^\d+(\.\d+)?$/);
    const validated = await call(totals.GET, { token, query: { periodId: p } });
    expect(validated.json).toMatchObject({ include: "validated", total: { kgCO2e: "0.000000", lines: 0 } });
    expect((await call(totals.GET, { token, query: { periodId: p, groupBy: "colour" } })).status).toBe(422);
    expect((await call(totals.GET, { token, query: { periodId: "nope" } })).status).toBe(404);
  });
});
