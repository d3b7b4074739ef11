import { scriptVar } from "../../scripts/lib/env.ts";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { startJob } from "@/lib/jobs/enqueue";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { getJobRun, type TJobRunView } from "@/lib/jobs/runs";
import { startWorker } from "@/lib/jobs/worker";
import { updatePeriodCalcSettings } from "@/lib/periods/calc-settings";
import { testDb } from "@/tests/fixtures/tenants";

// Changing a period's GWP set, end to end: the settings row, the "period.recompute" job on a real
// pg-boss worker, and the refrigerant lines rewritten with the other IPCC report.
const db = testDb();
let boss: PgBoss;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: scriptVar("DATABASE_URL")!, schema: BOSS_SCHEMA, max: 3 });
  await boss.start();
  for (const kind of Object.values(JOB_KINDS))
    await boss.createQueue(kind.queue, { name: kind.queue, policy: "short" });
  await startWorker(boss, db, { chunkSize: 1, testStepDelayMs: 0 });
});

afterAll(async () => {
  await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  await db.$disconnect();
});

async function waitForEnd(organizationId: string, runId: string): Promise<TJobRunView> {
  for (let i = 0; i < 300; i++) {
    const run = await getJobRun(db, { organizationId }, runId);
    if (run?.status === "DONE" || run?.status === "FAILED") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the job did not finish");
}

describe("period calculation settings → recompute job", () => {
  it(
    "2 kg of R-410A leaked: 2 × 1,924 (AR5) = 3,848 kgCO2e, then 2 × 2,256 (AR6) = 4,512 once the period's GWP set changes and its job ran",
    { timeout: 60_000 },
    async () => {
      const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
      const leak = ZActivityCreate.parse({
        periodId: t.periodOf(2024),
        activityTypeId: "refrigerant.r410a",
        quantity: "2",
        unit: "kg",
      });
      const a = await createActivity(db, t.scope(), leak);
      expect(a.kgCO2e.toFixed()).toBe("3848");
      const scope = t.scope("MANAGER");
      const { changed } = await updatePeriodCalcSettings(db, scope, t.periodOf(2024), {
        gwpSet: "AR6",
        includeContrails: true,
        capitalGoodsMethod: "whole",
      });
      expect(changed).toBe(true);
      const run = await startJob(db, boss, scope, "period.recompute", { periodId: t.periodOf(2024) });
      const done = await waitForEnd(t.organizationId, run.id);
      expect(done).toMatchObject({ status: "DONE", done: 1, total: 1, errorCount: 0 });
      expect(done.result).toMatchObject({ settings: { gwpSet: "AR6" }, changed: 1, kgCO2eAfter: "4512" });
      const after = await db.activityData.findFirstOrThrow({ where: { id: a.id, organizationId: t.organizationId } });
      expect(after.kgCO2e.toFixed()).toBe("4512");
      const [line] = await db.emissionLine.findMany({ where: { organizationId: t.organizationId, activityId: a.id } });
      expect([line?.gwpSet, line?.factorId, line?.scope]).toEqual(["AR6", "gwp:AR6:R-410A", 1]);
    },
  );
});
