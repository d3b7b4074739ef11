// The API bench's measurement, run by scripts/bench/api.ts in a child process with the `react-server`
// export condition (the route handler's server-only modules refuse to load without it). Prints one JSON
// line: the activities/s of POST /api/v1/activities, called in-process as Next calls a route handler
// (token authentication, rate limit, JSON parsing, validation, calculation, insert, audit).
import os from "node:os";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { setScriptVar } from "../lib/env.ts";
import { loadFactorsInChild, withBenchDatabase } from "./database";
import { printResultAndExit } from "./child-main";
import type { TBenchResult } from "./types";

const TARGET_PER_SECOND = 5_000;
const BATCH = 1_000;
const WARM_UP_BATCHES = 2;
const BATCHES = Number(process.argv[2]) || 20;
const TYPES = [
  { activityTypeId: "energy.electricity.grid", unit: "kWh" },
  { activityTypeId: "energy.natural_gas", unit: "kWh" },
  { activityTypeId: "travel.train.tgv", unit: "p.km" },
  { activityTypeId: "spend.it_services", unit: "EUR" },
];

async function main(): Promise<TBenchResult> {
  return withBenchDatabase(
    { dataDir: "bench-api-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_api" },
    async (db, url) => {
      setScriptVar("DATABASE_URL", url);
      setScriptVar("AUTH_SECRET", "bench-only-secret-0123456789abcdef");
      setScriptVar("API_RATE_LIMIT_PER_MINUTE", "100000");
      const { POST } = await import("@/app/api/v1/activities/route");
      const t = await tenantWithPeriods(db, [2024]);
      const periodId = t.periodOf(2024);
      const { secret } = await createApiToken(
        db,
        { ...t.scope(), creatorRole: "OWNER" },
        { name: "bench", role: "MANAGER", lifetime: "30" },
      );
      const post = async (batch: number) => {
        const activities = Array.from({ length: BATCH }, (_, i) => ({
          externalId: `bench-${batch}-${i}`,
          periodId,
          ...TYPES[i % TYPES.length],
          quantity: `${100 + i}.25`,
          ...(i % 2 === 0 ? { siteId: t.siteId } : {}),
        }));
        const request = new Request("http://localhost/api/v1/activities", {
          method: "POST",
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
          body: JSON.stringify({ idempotencyKey: `bench-${batch}`, activities }),
        });
        const response = await POST(request, { params: Promise.resolve({}) });
        if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      };
      for (let b = 0; b < WARM_UP_BATCHES; b++) await post(-1 - b);
      const start = performance.now();
      const cpuBefore = process.cpuUsage();
      for (let b = 0; b < BATCHES; b++) await post(b);
      const seconds = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const perSecond = Math.round((BATCHES * BATCH) / seconds);
      return {
        name: "api bulk activities",
        value: perSecond,
        unit: "activities/s",
        target: TARGET_PER_SECOND,
        ok: perSecond >= TARGET_PER_SECOND,
        activities: BATCHES * BATCH,
        batchSize: BATCH,
        seconds: Math.round(seconds * 1000) / 1000,
        msPerBatch: Math.round((seconds * 1000) / BATCHES),
        // The app side's own CPU time (parsing, validation, calculation, SQL building); the rest is PostgreSQL.
        appCpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
        node: process.version,
        cpus: os.cpus().length,
        // The machine's 1-minute load when done: the figure is only comparable on an idle machine.
        loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
      };
    },
    loadFactorsInChild,
  );
}

printResultAndExit(main());
