import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TFactorRecord, TFactorRelease, TFactorSource } from "@/lib/factors/record";
import { ingestAdeme } from "@/lib/factors/ingest/ademe/ingest";
import { arcepInput, ingestArcep } from "@/lib/factors/ingest/arcep/ingest";
import { arcepUsageEvaluation, arcepUsageInput, ingestArcepUsage } from "@/lib/factors/ingest/arcep-usage/ingest";
import { ingestDesnz } from "@/lib/factors/ingest/desnz/ingest";
import { emberInput, ingestEmber } from "@/lib/factors/ingest/ember/ingest";
import { sha256 } from "@/lib/factors/ingest/package-file";
import { releaseMeta } from "./sources-meta";
import { writeRelease, type WriteResult } from "./release-writer";

// One ingestion run: read the source, build the curated records, write the release. Everything is
// read and validated before anything is written.

export const DEFAULT_OUT_DIR = fileURLToPath(new URL("../../emission-factors", import.meta.url));

export type IngestOptions = {
  source: TFactorSource;
  file?: string;
  version?: string;
  publishedOn?: string;
  outDir?: string;
};
export type IngestSummary = WriteResult & { stats: Record<string, number> };

/** Sources ingested from a publisher's file; the others are read from an installed npm package. */
export const FILE_SOURCES: readonly TFactorSource[] = ["ademe", "desnz", "ademe-waste"];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === "") throw new UsageError(`missing ${what}`);
  return value;
}

export class UsageError extends Error {
  override name = "UsageError";
}

function command(o: { source: string; file?: string; version?: string; publishedOn?: string }): string {
  const parts = ["npm run factors:ingest --", o.source];
  if (o.file) parts.push(path.basename(o.file));
  if (o.version) parts.push("--version", o.version);
  if (o.publishedOn) parts.push("--published-on", o.publishedOn);
  return parts.join(" ");
}

export async function runIngestion(opts: IngestOptions): Promise<IngestSummary> {
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  if (opts.publishedOn !== undefined && !DATE.test(opts.publishedOn))
    throw new UsageError(`--published-on must be YYYY-MM-DD, got "${opts.publishedOn}"`);
  let factors: TFactorRecord[];
  let stats: Record<string, number> = {};
  let version: string;
  let publishedOn: string;
  let rawFile: { name: string; sha256: string };
  let context: { packageVersion?: string; dataYear?: number } = {};
  let evaluation: TFactorRelease["evaluation"];
  let ingestedWith: string;
  let rawSource: string | undefined;

  if (opts.source === "ademe" || opts.source === "ademe-waste" || opts.source === "desnz") {
    const file = required(opts.file, `the ${opts.source} file`);
    rawSource = file;
    version = required(opts.version, "--version");
    publishedOn = required(opts.publishedOn, "--published-on");
    const result =
      opts.source === "desnz" ? await ingestDesnz(file, version) : await ingestAdeme(file, version, opts.source);
    ({ factors, stats } = result);
    rawFile = { name: path.basename(file), sha256: sha256(readFileSync(file)) };
    ingestedWith = command({ source: opts.source, file, version, publishedOn });
  } else if (opts.source === "ember") {
    const input = emberInput();
    version = opts.version ?? `${input.dataYear}-co2js-${input.co2jsVersion}`;
    publishedOn = opts.publishedOn ?? input.snapshotDate;
    factors = ingestEmber(version, input);
    rawFile = input.rawFile;
    context = { packageVersion: input.co2jsVersion, dataYear: input.dataYear };
    ingestedWith = command({ source: "ember", version: opts.version, publishedOn: opts.publishedOn });
  } else if (opts.source === "ademe-arcep-usage") {
    const input = arcepUsageInput();
    version = opts.version ?? `2022-usages-numerique-${input.packageVersion}`;
    publishedOn = opts.publishedOn ?? input.publishedOn;
    factors = ingestArcepUsage(version, input);
    rawFile = input.rawFile;
    context = { packageVersion: input.packageVersion };
    evaluation = arcepUsageEvaluation();
    ingestedWith = command({ source: "ademe-arcep-usage", version: opts.version, publishedOn: opts.publishedOn });
  } else {
    const input = arcepInput();
    version = opts.version ?? `2022-acv-numerique-${input.packageVersion}`;
    publishedOn = opts.publishedOn ?? input.publishedOn;
    factors = ingestArcep(version, input);
    rawFile = input.rawFile;
    context = { packageVersion: input.packageVersion };
    ingestedWith = command({ source: "ademe-arcep", version: opts.version, publishedOn: opts.publishedOn });
  }

  const meta = releaseMeta(opts.source, { version, publishedOn, ...context });
  const written = writeRelease(
    outDir,
    {
      source: opts.source,
      version,
      publishedOn,
      ...meta,
      rawFile,
      ingestedWith,
      ...(evaluation ? { evaluation } : {}),
    },
    factors,
    rawSource,
  );
  return { ...written, stats };
}
