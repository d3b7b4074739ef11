import { afterAll, describe, expect, it } from "vitest";
import * as activities from "@/app/api/v1/activities/route";
import * as periods from "@/app/api/v1/periods/route";
import * as totals from "@/app/api/v1/totals/route";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { sumDecimals } from "@/lib/numbers/decimal";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { testDb } from "@/tests/fixtures/tenants";
import { call } from "@/tests/api/client";

const db = testDb();
afterAll(() => db.$disconnect());

// The API journey: a manager creates a token, a script pushes 1,000 activities, reads the totals
// (checked against the reporting layer), the token is revoked, and the script gets 401.
const TYPES = [
  { activityTypeId: "energy.electricity.grid", unit: "kWh" },
  { activityTypeId: "energy.natural_gas", unit: "kWh" },
  { activityTypeId: "travel.train.tgv", unit: "p.km" },
];

describe("the API journey", () => {
  it("creates a token, pushes 1,000 activities, reads totals, revokes the token, gets 401", async () => {
    const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
    const { id: tokenId, secret } = await createApiToken(
      db,
      { ...t.scope("MANAGER"), creatorRole: "MANAGER" },
      { name: "ERP", role: "MANAGER", lifetime: "90" },
    );

    const listed = await call(periods.GET, { token: secret });
    const periodId = listed.json.periods[0].id as string;
    const rows = Array.from({ length: 1000 }, (_, n) => ({
      externalId: `invoice-${n}`,
      periodId,
      ...TYPES[n % TYPES.length],
      quantity: `${100 + n}.5`,
      ...(n % 2 === 0 ? { siteId: t.siteId } : {}),
    }));
    const pushed = await call(activities.POST, {
      token: secret,
      method: "POST",
      body: { idempotencyKey: "2024-full-load", activities: rows },
    });
    expect(pushed.status).toBe(200);
    expect(pushed.json).toMatchObject({ created: 1000, replaced: 0, unchanged: 0 });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId, sourceKind: "API" } })).toBe(1000);

    const read = await call(totals.GET, { token: secret, query: { periodId, groupBy: "scope", include: "all" } });
    expect(read.status).toBe(200);
    const report = await aggregateEmissions(db, t.organizationId, {
      periodIds: [periodId],
      statuses: "all",
      groupBy: ["scope"],
    });
    const total = await aggregateEmissions(db, t.organizationId, { periodIds: [periodId], statuses: "all" });
    expect(read.json.total.kgCO2e).toBe(total.groups[0]?.kgCO2e);
    expect(read.json.total.uncertaintyKgCO2e).toBe(total.groups[0]?.uncertaintyKgCO2e);
    expect(read.json.total.activities).toBe(1000);
    expect(read.json.groups).toEqual(
      report.groups.map((g) => ({
        key: { scope: g.key.scope },
        kgCO2e: g.kgCO2e,
        uncertaintyKgCO2e: g.uncertaintyKgCO2e,
        knownUncertaintyShare: g.knownUncertaintyShare,
        biogenicCo2Kg: g.biogenicCo2Kg,
        lines: g.lines,
        activities: g.activities,
      })),
    );
    // The totals are the pushed activities' own exact sum.
    expect(Number(read.json.total.kgCO2e)).toBeCloseTo(Number(pushed.json.kgCO2e), 6);
    expect(sumDecimals(read.json.groups.map((g: { kgCO2e: string }) => g.kgCO2e))).toBe(
      sumDecimals([read.json.total.kgCO2e]),
    );

    await revokeApiToken(db, t.scope("MANAGER"), tokenId);
    const refused = await call(totals.GET, { token: secret, query: { periodId } });
    expect(refused.status).toBe(401);
    expect(refused.json).toEqual({
      error: { code: "UNAUTHENTICATED", message: expect.any(String) },
    });
    const write = await call(activities.POST, {
      token: secret,
      method: "POST",
      body: { activities: rows.slice(0, 1) },
    });
    expect(write.status).toBe(401);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(1000);
  });
});
