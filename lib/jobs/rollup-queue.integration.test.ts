import { scriptVar } from "../../scripts/lib/env.ts";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { registerRollupRequests, ROLLUP_QUEUE_OPTIONS, startRollupWorker } from "@/lib/jobs/rollup-queue";
import { aggregateEmissions, aggregateFromRollup } from "@/lib/reporting/aggregate";
import { setRollupRebuildRequester } from "@/lib/reporting/rollup/refresh";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

// A report on a stale period answers live and queues a rebuild; the worker's rebuild makes the period's
// rollup fresh, with the same figures.
const db = testDb();
let boss: PgBoss;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: scriptVar("DATABASE_URL")!, schema: BOSS_SCHEMA, max: 3 });
  await boss.start();
  await boss.createQueue(ROLLUP_QUEUE_OPTIONS.name, ROLLUP_QUEUE_OPTIONS);
  registerRollupRequests(async () => boss);
  await startRollupWorker(boss, db);
});

afterAll(async () => {
  setRollupRebuildRequester(undefined);
  await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  await db.$disconnect();
});

async function waitForFresh(organizationId: string, periodId: string) {
  for (let i = 0; i < 300; i++) {
    const report = await aggregateFromRollup(db, organizationId, { periodIds: [periodId], groupBy: ["scope"] });
    if (report) return report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the rollup did not become fresh");
}

describe("rollup rebuild job", () => {
  it(
    "a stale report queues a rebuild; after it the rollup answers with the live figures",
    { timeout: 60_000 },
    async () => {
      const t = await tenantWithPeriods(db);
      const periodId = t.periodOf(2024);
      await storeHandActivity(db, t.organizationId, {
        periodId,
        activityTypeId: "energy.electricity.grid",
        lines: [
          { kg: "100", market: "80", scope: 2, begesPoste: "2.1", pct: "10" },
          { kg: "20", scope: 3, ghgCategory: 3, begesPoste: "4.1", pct: "10" },
        ],
      });
      const options = { periodIds: [periodId], groupBy: ["scope" as const] };
      const live = await aggregateEmissions(db, t.organizationId, options); // stale: live, and queues a rebuild
      expect(await waitForFresh(t.organizationId, periodId)).toEqual(live);

      // A later write: stale again until the next rebuild, which the next report queues.
      await storeHandActivity(db, t.organizationId, {
        periodId,
        activityTypeId: "travel.plane",
        lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20" }],
      });
      const after = await aggregateEmissions(db, t.organizationId, options);
      expect(after.groups.find((g) => g.key.scope === 3)?.kgCO2e).toBe("220.000000");
      expect(await waitForFresh(t.organizationId, periodId)).toEqual(after);
    },
  );
});
