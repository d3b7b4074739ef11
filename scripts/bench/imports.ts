// Bench: a generated 100,000-row CSV through the file import pipeline, end to end (issue 17): parse
// (lib/files streaming CSV reader), validate and calculate (the preview: every row through the engine),
// then the commit (calculate again, stage, switch into ActivityData and EmissionLine). Prints rows/s
// (target ≥ 20,000), the process's peak RSS (target < 500 MB) and the ratio of the pipeline's time to a
// plain server-side COPY of the same CSV into an equivalent table, measured in the same run (target ≤ 5).
// Starts its own embedded PostgreSQL (.data/bench-imports-postgres, port $ALBEDO_PG_PORT or 54329).
// `npm run bench` runs it in a child process whose V8 old space is capped at HEAP_LIMIT_MB: with no cap V8
// lets garbage pile up to several hundred MB before collecting, which is not the import's memory.
// Standalone: node --max-old-space-size=256 --import tsx scripts/bench/imports.ts [rows]
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Db } from "@/lib/db/client";
import { acceptLatestReleases } from "@/lib/factors/org-index";
import { readCsvRows } from "@/lib/files/csv";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { createImportPreview } from "@/lib/imports/preview";
import type { TParsedImport } from "@/lib/imports/types";
import { dateOfIso } from "@/lib/periods/dates";
import { REPO_ROOT } from "../db/migrations-dir.ts";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { childEnv } from "../lib/env.ts";
import { loadFactorsInChild, withBenchDatabase } from "./database";
import type { TBenchMeasurement, TBenchResult } from "./types";

const ROWS = 100_000;
const RATE_TARGET = 20_000;
const RSS_TARGET_MB = 500;
const COPY_RATIO_TARGET = 5;
const HEAP_LIMIT_MB = 256;
const HEADER = ["activity_type", "quantity", "unit", "date", "label"];

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Electricity, fuel and spend rows with dates across 2024, a label each. */
export function generateCsv(rows: number): string {
  const kinds = [
    ["energy.electricity.grid", "kWh"],
    ["travel.plane", "p.km"],
    ["energy.electricity.grid", "MWh"],
  ];
  const out = [HEADER.join(",")];
  for (let i = 0; i < rows; i++) {
    const [type, unit] = kinds[i % kinds.length] as [string, string];
    const month = String((i % 12) + 1).padStart(2, "0");
    const day = String((i % 28) + 1).padStart(2, "0");
    out.push(`${type},${100 + (i % 5000)}.5,${unit},2024-${month}-${day},Invoice ${i}`);
  }
  return out.join("\n") + "\n";
}

/** The bench's parser: the CSV's cells → activity rows (the templates' parser does the same with its headers). */
async function parseCsv(file: string, periodId: string): Promise<TParsedImport> {
  const rows: TParsedImport["rows"] = [];
  for await (const { row, cells } of readCsvRows(file, { delimiter: "," })) {
    if (row === 1) continue;
    const [activityTypeId = "", quantity = "", unit = "", activityDate = "", label = ""] = cells;
    const options = activityTypeId === "travel.plane" ? { legKm: 800 } : undefined;
    rows.push({
      row,
      input: { periodId, activityTypeId, quantity, unit, activityDate, label, ...(options && { options }) },
    });
  }
  return { format: "template-csv", template: "bench", language: "en", rows, errors: [] };
}

async function copyBaseline(db: Db, file: string): Promise<number> {
  await db.$executeRawUnsafe(
    `CREATE TABLE "BenchCopy" ("activityTypeId" text NOT NULL, "quantity" numeric NOT NULL, "unit" text NOT NULL, "activityDate" date, "label" text)`,
  );
  const start = performance.now();
  await db.$executeRawUnsafe(`COPY "BenchCopy" FROM '${file}' WITH (FORMAT csv, HEADER true)`);
  const seconds = (performance.now() - start) / 1000;
  await db.$executeRawUnsafe(`DROP TABLE "BenchCopy"`);
  return seconds;
}

async function measureOn(db: Db, rows: number): Promise<TBenchResult[]> {
  const organization = await db.organization.create({
    data: { name: "Bench imports", slug: `bench-imports-${Date.now()}` },
  });
  await acceptLatestReleases(db, organization.id);
  const actor = await db.user.create({
    data: { email: `bench-${Date.now()}@bench.example`, name: "Bench", passwordHash: "not-a-real-hash" },
    select: { id: true, email: true },
  });
  const period = await db.reportingPeriod.create({
    data: {
      organizationId: organization.id,
      year: 2024,
      label: "2024",
      startDate: dateOfIso("2024-01-01"),
      endDate: dateOfIso("2024-12-31"),
    },
  });
  const scope = { organizationId: organization.id, actor };
  const dir = await mkdtemp(path.join(tmpdir(), "albedo-bench-imports-"));
  await chmod(dir, 0o755); // the embedded server (another OS user) reads the file for COPY
  const file = path.join(dir, "activities.csv");
  const content = generateCsv(rows);
  await writeFile(file, content);
  await chmod(file, 0o644);
  try {
    const copySeconds = await copyBaseline(db, file);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    const parsed = await parseCsv(file, period.id);
    const t1 = performance.now();
    const peakParse = Math.max(peak, process.memoryUsage().rss);
    const preview = await createImportPreview(db, scope, {
      periodId: period.id,
      fileName: "activities.csv",
      mediaType: "text/csv",
      bytes: Buffer.from(content),
      parsed,
      replace: false,
    });
    if (preview.status !== "PREVIEWED") {
      const failed = await db.import.findFirst({ where: { id: preview.id }, select: { errors: true } });
      throw new Error(`the bench file did not preview: ${JSON.stringify(failed?.errors).slice(0, 400)}`);
    }
    const t2 = performance.now();
    const peakPreview = Math.max(peak, process.memoryUsage().rss);
    await confirmImport(db, scope, preview.id);
    const result = await runImportCommit(db, scope, preview.id, { runId: "bench", chunks: {} });
    const t3 = performance.now();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const seconds = (t3 - t0) / 1000;
    const rate = Math.round(rows / seconds);
    const ratio = round(seconds / copySeconds, 1);
    const context = {
      rows,
      lines: (result as { lines?: number }).lines,
      seconds: round(seconds),
      parseS: round((t1 - t0) / 1000),
      previewS: round((t2 - t1) / 1000),
      commitS: round((t3 - t2) / 1000),
      copyS: round(copySeconds, 3),
      loadAverage: round(loadavg()[0] ?? 0, 1), // the machine is shared: read the time with it
      heapLimitMB: v8HeapLimitMB(),
    };
    return [
      { name: "imports rows/s", value: rate, unit: "rows/s", target: RATE_TARGET, ok: rate >= RATE_TARGET, ...context },
      {
        name: "imports peak RSS",
        value: mb(peak),
        unit: "MB",
        target: RSS_TARGET_MB,
        ok: mb(peak) < RSS_TARGET_MB,
        rssBeforeMB: mb(rssBefore),
        peakAfterParseMB: mb(peakParse),
        peakAfterPreviewMB: mb(peakPreview),
        ...context,
      },
      {
        name: "imports ratio to COPY",
        value: ratio,
        unit: "×",
        target: COPY_RATIO_TARGET,
        ok: ratio <= COPY_RATIO_TARGET,
        ...context,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureImports(rows = ROWS): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-imports-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_imports" },
    (db) => measureOn(db, rows),
    loadFactorsInChild,
  );
}

const v8HeapLimitMB = () => {
  const flag = process.execArgv.find((a) => a.startsWith("--max-old-space-size="));
  return flag ? Number(flag.split("=")[1]) : null;
};

async function measureInChild(): Promise<TBenchResult[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`--max-old-space-size=${HEAP_LIMIT_MB}`, "--import", "tsx", "scripts/bench/imports.ts"],
    { cwd: REPO_ROOT, env: childEnv(), maxBuffer: 1 << 20 },
  );
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as TBenchResult);
}

export const importsBench: TBenchMeasurement = { name: "imports", run: measureInChild };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  measureImports(Number(process.argv[2]) || ROWS).then(
    (results) => results.forEach((r) => console.log(JSON.stringify(r))),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
