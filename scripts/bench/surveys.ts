// Bench: anonymous survey answers (POST /s/<token>), answers/s and p95 latency (targets ≥ 200/s, < 200 ms),
// measured in a child process (surveys-run.ts) like the API bench.
import { runServerBenchChild } from "./api";
import type { TBenchMeasurement } from "./types";

export const surveysBench: TBenchMeasurement = {
  name: "surveys",
  run: async () => [await runServerBenchChild("scripts/bench/surveys-run.ts")],
};
