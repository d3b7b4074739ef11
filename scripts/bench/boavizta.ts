// Bench: a generated cloud-scanner 3.2 inventory of 10,000 resources (5 % of unknown instance types, not
// assessed) through the Boavizta import end to end (issue 18): detection and parsing, rows, preview (every
// row through the engine, results stored), confirmation and the commit job. Target: under 10 s.
// Starts its own embedded PostgreSQL (.data/bench-boavizta-postgres, port $ALBEDO_PG_PORT or 54329).
// Standalone: tsx scripts/bench/boavizta.ts [resources]
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { Db } from "@/lib/db/client";
import { acceptLatestReleases } from "@/lib/factors/org-index";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { cloudScannerInventory } from "@/lib/imports/boavizta/testing/inventory";
import { looksLikeBoavizta, parseBoaviztaUpload } from "@/lib/imports/boavizta/upload";
import { createImportPreview } from "@/lib/imports/preview";
import { dateOfIso } from "@/lib/periods/dates";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { loadFactorsInChild, withBenchDatabase } from "./database";
import type { TBenchMeasurement, TBenchResult } from "./types";

const RESOURCES = 10_000;
const TARGET_S = 10;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A cloud-scanner ≥ 3.2 estimate JSON, with figures varying per resource and 5 % unknown instance types. */
export function generateInventory(resources: number): Buffer {
  return cloudScannerInventory(
    Array.from({ length: resources }, (_, i) => {
      const known = i % 20 !== 0;
      const k = (i % 97) + 1;
      return {
        id: `i-${i.toString(16).padStart(17, "0")}`,
        type: known ? "m6g.xlarge" : "x9-unknown",
        region: "eu-west-3",
        tags: { app: i % 3 === 0 ? "booking" : "web" },
        impacts: known
          ? { gwp: [0.0016 * k, 0.00184 * k], adp: [2.1e-7 * k, 9.1e-10 * k], pe: [0.021 * k, 0.212 * k] }
          : null,
      };
    }),
  );
}

async function measureOn(db: Db, resources: number): Promise<TBenchResult[]> {
  const organization = await db.organization.create({
    data: { name: "Bench Boavizta", slug: `bench-boavizta-${Date.now()}` },
  });
  await acceptLatestReleases(db, organization.id);
  const actor = await db.user.create({
    data: { email: `bench-boavizta-${Date.now()}@bench.example`, name: "Bench", passwordHash: "not-a-real-hash" },
    select: { id: true, email: true },
  });
  const period = await db.reportingPeriod.create({
    data: {
      organizationId: organization.id,
      year: 2025,
      label: "2025",
      startDate: dateOfIso("2025-01-01"),
      endDate: dateOfIso("2025-12-31"),
    },
  });
  const scope = { organizationId: organization.id, actor };
  const bytes = generateInventory(resources);
  const t0 = performance.now();
  // What previewUpload does with a Boavizta file (its module is server-only, which a script cannot load).
  if (!looksLikeBoavizta(bytes)) throw new Error("the bench inventory is not recognised");
  const { parsed, mediaType } = parseBoaviztaUpload(bytes, { periodId: period.id, locale: "en" });
  const preview = await createImportPreview(db, scope, {
    periodId: period.id,
    fileName: "estimate.json",
    mediaType,
    bytes,
    parsed,
    replace: false,
  });
  if (preview.status !== "PREVIEWED") {
    const failed = await db.import.findFirst({ where: { id: preview.id }, select: { errors: true } });
    throw new Error(`the bench inventory did not preview: ${JSON.stringify(failed?.errors).slice(0, 400)}`);
  }
  const t1 = performance.now();
  await confirmImport(db, scope, preview.id);
  await runImportCommit(db, scope, preview.id, { runId: "bench", chunks: {} });
  const t2 = performance.now();
  const seconds = (t2 - t0) / 1000;
  const activities = await db.activityData.count({ where: { organizationId: organization.id } });
  return [
    {
      name: "boavizta import 10,000 resources",
      value: round(seconds),
      unit: "s",
      target: TARGET_S,
      ok: seconds < TARGET_S,
      resources,
      activities,
      bytes: bytes.length,
      previewS: round((t1 - t0) / 1000),
      commitS: round((t2 - t1) / 1000),
      loadAverage: round(loadavg()[0] ?? 0, 1),
    },
  ];
}

export async function measureBoavizta(resources = RESOURCES): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-boavizta-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_boavizta" },
    (db) => measureOn(db, resources),
    loadFactorsInChild,
  );
}

export const boaviztaBench: TBenchMeasurement = { name: "boavizta", run: () => measureBoavizta() };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  measureBoavizta(Number(process.argv[2]) || RESOURCES).then(
    (results) => results.forEach((r) => console.log(JSON.stringify(r))),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
