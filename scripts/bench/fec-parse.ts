import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFec } from "@/lib/imports/fec/testing/generate";
import type { TBenchMeasurement, TBenchResult } from "./types";

// FEC reading: a generated 100,000-entry ledger (≈ 285,000 lines, a year of real PCG accounts) read from
// disk as a stream, checked line by line (columns, dates, amounts, balance per entry) and netted per
// account, in a child process whose peak RSS is reported. Commit (engine, inserts) is the pipeline's bench.

const ENTRIES = 100_000;
const TARGET_ENTRIES_PER_SECOND = 20_000;
const TARGET_RSS_MB = 500;

export const fecParseBench: TBenchMeasurement = {
  name: "fec parse",
  async run(): Promise<TBenchResult[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), "albedo-fec-"));
    try {
      const fixture = generateFec({ entries: ENTRIES, year: 2023 });
      const file = path.join(dir, "fec.txt");
      writeFileSync(file, fixture.bytes);
      const child = path.join(import.meta.dirname, "fec-parse-child.ts");
      const out = execFileSync(process.execPath, ["--import", "tsx", child, file, "2023-01-01", "2023-12-31"], {
        encoding: "utf8",
      });
      const r = JSON.parse(out.trim().split("\n").pop() as string) as {
        ms: number;
        lines: number;
        accounts: number;
        errors: number;
        maxRssMb: number;
      };
      if (r.errors > 0 || r.lines !== fixture.lines) throw new Error(`fec bench: ${r.errors} errors, ${r.lines} lines`);
      const perSecond = Math.round(ENTRIES / (r.ms / 1000));
      const context = { entries: ENTRIES, lines: r.lines, accounts: r.accounts, megabytes: fixture.bytes.length / 1e6 };
      return [
        {
          name: "fec parse + netting",
          value: perSecond,
          unit: "entries/s",
          target: TARGET_ENTRIES_PER_SECOND,
          ok: perSecond >= TARGET_ENTRIES_PER_SECOND,
          linesPerSecond: Math.round(r.lines / (r.ms / 1000)),
          ms: Math.round(r.ms),
          ...context,
        },
        {
          name: "fec parse peak RSS",
          value: Math.round(r.maxRssMb),
          unit: "MB",
          target: TARGET_RSS_MB,
          ok: r.maxRssMb < TARGET_RSS_MB,
          ...context,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
