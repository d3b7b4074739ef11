// Bench: the JavaScript a browser downloads on the first load of the organisation dashboard (`/[org]`),
// gzipped, against issue 16's 300 KB target. Next 16's Turbopack build no longer prints "First Load JS"
// per route; it writes `.next/diagnostics/route-bundle-stats.json` instead: per route, the client chunks
// of its first load (framework, shared and route chunks). We gzip each listed chunk (level 9, as a CDN
// would serve it) and add them up. Without a build (no stats file), it runs `next build` first.
// Standalone: tsx scripts/bench/first-load-js.ts [route]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { REPO_ROOT } from "../db/migrations-dir.ts";
import { childEnv } from "../lib/env.ts";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

const TARGET_KB = 300;
const ROUTE = "/[org]";
const STATS = path.join(REPO_ROOT, ".next/diagnostics/route-bundle-stats.json");

const ZRouteStats = z.array(
  z.object({
    route: z.string(),
    firstLoadUncompressedJsBytes: z.number(),
    firstLoadChunkPaths: z.array(z.string()),
  }),
);

function ensureBuild(): boolean {
  if (existsSync(STATS)) return false;
  const build = spawnSync("npx", ["next", "build"], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv({ NEXT_TELEMETRY_DISABLED: "1" }),
  });
  if (build.status !== 0 || !existsSync(STATS)) throw new Error(`next build failed (exit ${build.status})`);
  return true;
}

export function firstLoadJs(route: string) {
  const stats = ZRouteStats.parse(JSON.parse(readFileSync(STATS, "utf8")));
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`route ${route} is not in ${STATS}`);
  const chunks = entry.firstLoadChunkPaths.map((file) => {
    const bytes = readFileSync(path.join(REPO_ROOT, file));
    return { file: path.basename(file), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const gzipBytes = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
  return { entry, chunks, gzipBytes };
}

export const firstLoadJsBench: TBenchMeasurement = {
  name: "dashboard first-load js",
  async run(): Promise<TBenchResult[]> {
    const built = ensureBuild();
    const { entry, chunks, gzipBytes } = firstLoadJs(ROUTE);
    const kb = Math.round((gzipBytes / 1024) * 10) / 10;
    const heaviest = [...chunks].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
    return [
      {
        name: "dashboard first-load js (gzip)",
        value: kb,
        unit: "KB",
        target: TARGET_KB,
        ok: kb <= TARGET_KB,
        route: ROUTE,
        chunks: chunks.length,
        uncompressedKb: Math.round(entry.firstLoadUncompressedJsBytes / 102.4) / 10,
        heaviest: heaviest.map((c) => `${c.file} ${Math.round(c.gzipBytes / 102.4) / 10} KB`),
        buildAt: statSync(STATS).mtime.toISOString(),
        builtNow: built,
      },
    ];
  },
};

runWhenMain(import.meta.url, async (_args, onResult) => (await firstLoadJsBench.run()).forEach(onResult));
