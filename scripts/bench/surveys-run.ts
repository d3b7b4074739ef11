// The survey bench's measurement, run by scripts/bench/surveys.ts with the `react-server` condition. Calls
// the public route's POST in-process as Next does (form parsing, validation, rate limit, engine, insert,
// feedback HTML), CONCURRENCY answers at a time, each from its own stamped client address (one client is
// throttled at 20 a minute, which is the point). Prints one JSON line.
import os from "node:os";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createCampaign } from "@/lib/surveys/campaigns";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { setScriptVar } from "../lib/env.ts";
import { loadFactorsInChild, withBenchDatabase } from "./database";
import { percentile } from "./percentile";
import { round1 } from "./timing";
import { printResultAndExit } from "./child-main";
import type { TBenchResult } from "./types";

const TARGET_PER_SECOND = 200;
const TARGET_P95_MS = 200;
const ANSWERS = Number(process.argv[2]) || 2_000;
const CONCURRENCY = 8;

const form = (i: number) =>
  new URLSearchParams({
    lang: "fr",
    days: String(1 + (i % 5)),
    remote: "0",
    weeks: "47",
    "leg0.mode": ["car", "bus", "metro", "rer", "bike_electric"][i % 5] as string,
    "leg0.distance": String(2 + (i % 40)),
    "leg0.fuel": "diesel",
    "leg0.occupancy": "1",
    "leg1.mode": i % 3 === 0 ? "tram" : "",
    "leg1.distance": "3",
    "video.laptop": "4",
    "video.smartphone": "1",
    emails: "25",
    attachments: "half",
    cloud: "30",
  });

async function main(): Promise<TBenchResult> {
  return withBenchDatabase(
    { dataDir: "bench-surveys-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_surveys" },
    async (db, url) => {
      setScriptVar("DATABASE_URL", url);
      setScriptVar("AUTH_SECRET", "bench-only-secret-0123456789abcdef");
      setScriptVar("ALBEDO_CLIENT_ADDRESS_HEADER", "stamped");
      const { POST } = await import("@/app/s/[token]/route");
      const year = new Date().getUTCFullYear();
      const t = await tenantWithPeriods(db, [year]);
      const today = new Date().toISOString().slice(0, 10);
      const { token } = await createCampaign(db, t.scope(), {
        periodId: t.periodOf(year),
        opensOn: today,
        closesOn: today,
        expectedPopulation: ANSWERS, // the cap (3 ×) is never the limit here
        digitalQuestions: true,
      });
      const answer = async (i: number) => {
        const request = new Request(`http://localhost/s/${token}`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-albedo-client-address": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body: form(i),
        });
        const start = performance.now();
        const response = await POST(request, { params: Promise.resolve({ token }) });
        if (response.status !== 200)
          throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
        await response.text();
        return performance.now() - start;
      };
      for (let i = 0; i < 20; i++) await answer(1_000_000 + i); // warm-up: factor index, plans
      const ms: number[] = [];
      let next = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < ANSWERS) ms.push(await answer(next++));
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      ms.sort((a, b) => a - b);
      const perSecond = Math.round(ANSWERS / seconds);
      const p95 = round1(percentile(ms, 95));
      return {
        name: "survey answers",
        value: perSecond,
        unit: "answers/s",
        target: TARGET_PER_SECOND,
        ok: perSecond >= TARGET_PER_SECOND && p95 < TARGET_P95_MS,
        p50Ms: round1(percentile(ms, 50)),
        p95Ms: p95,
        p95TargetMs: TARGET_P95_MS,
        answers: ANSWERS,
        concurrency: CONCURRENCY,
        seconds: Math.round(seconds * 1000) / 1000,
        stored: await db.surveyResponse.count({ where: { organizationId: t.organizationId } }),
        node: process.version,
        cpus: os.cpus().length,
        loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
      };
    },
    loadFactorsInChild,
  );
}

printResultAndExit(main());
