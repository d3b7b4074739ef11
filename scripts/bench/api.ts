// Bench: the public API's bulk endpoint (POST /api/v1/activities), activities/s (target ≥ 5,000). The
// measurement runs in a child process (api-run.ts) under the `react-server` export condition, as the app's
// server code does; it starts its own embedded PostgreSQL (ALBEDO_PG_PORT) with a throwaway database.
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../db/migrations-dir.ts";
import { childEnv } from "../lib/env.ts";
import type { TBenchMeasurement, TBenchResult } from "./types";

/** Runs a bench script in a child process with the `react-server` condition; resolves with its last JSON line. */
export function runServerBenchChild(script: string): Promise<TBenchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(REPO_ROOT, script)],
      { cwd: REPO_ROOT, env: childEnv(), stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolve(JSON.parse(last) as TBenchResult);
      } catch {
        reject(new Error(`${script} printed no result: ${last}`));
      }
    });
  });
}

export const apiBench: TBenchMeasurement = {
  name: "api",
  run: async () => [await runServerBenchChild("scripts/bench/api-run.ts")],
};
