import { parseArgs } from "node:util";
import { ZFactorSource } from "@/lib/factors/record";
import { IngestError } from "@/lib/factors/ingest/ingest-error";
import { ReleaseConflictError } from "./release-writer";
import { reproduceAll } from "./reproduce";
import { runIngestion, UsageError, type IngestSummary } from "./run";

// npm run factors:ingest -- <ademe|ademe-waste|desnz|ember|ademe-arcep|ademe-arcep-usage> [file] [--version V] [--published-on YYYY-MM-DD] [--out DIR]
// npm run factors:ingest -- --all [--out DIR]

const USAGE = `usage:
  npm run factors:ingest -- ademe <Base_Carbone_V23.6.xlsx|.csv> --version 23.6 --published-on 2025-07-03
  npm run factors:ingest -- ademe-waste <Base_Carbone_V23.6.xlsx> --version 23.6 --published-on 2025-07-03
                                           (the waste-treatment elements of the same file)
  npm run factors:ingest -- desnz <DESNZ_conversion_factors_2025_flat_file.xlsx> --version 2025 --published-on 2025-06-10
  npm run factors:ingest -- ember          (Ember intensities bundled in the installed CO2.js)
  npm run factors:ingest -- ademe-arcep    (ADEME-Arcep values from publicodes-acv-numerique)
  npm run factors:ingest -- ademe-arcep-usage  (digital work habits: the same model evaluated under recorded situations)
  npm run factors:ingest -- --all          (rebuild every shipped release from emission-factors/*/*/raw/ and the
                                            installed packages; into emission-factors/ itself this is a check)
options: --out DIR (default emission-factors/)`;

function report(r: IngestSummary, seconds?: number): void {
  const what = r.status === "written" ? "wrote" : "unchanged (already shipped, byte-identical)";
  console.log(`${what}: ${r.dir}`);
  console.log(
    `  ${r.release.factorsFile.count} factors, factors.json ${(r.bytes / 1024).toFixed(0)} KiB, sha256 ${r.release.factorsFile.sha256}`,
  );
  const stats = Object.entries(r.stats).map(([k, v]) => `${k}=${v}`);
  if (stats.length) console.log(`  ${stats.join(" ")}`);
  if (seconds !== undefined) console.log(`  ${seconds.toFixed(1)} s`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      version: { type: "string" },
      "published-on": { type: "string" },
      out: { type: "string" },
      all: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  if (values.all) {
    if (positionals.length || values.version || values["published-on"])
      throw new UsageError("--all takes no source, file, --version or --published-on");
    const done = await reproduceAll(undefined, values.out);
    for (const r of done) report(r);
    console.log(`${done.length} releases rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  const source = ZFactorSource.safeParse(positionals[0]);
  if (!source.success || positionals.length > 2)
    throw new UsageError(`unknown source or extra arguments: ${positionals.join(" ")}`);
  const r = await runIngestion({
    source: source.data,
    file: positionals[1],
    version: values.version,
    publishedOn: values["published-on"],
    outDir: values.out,
  });
  report(r, (Date.now() - started) / 1000);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof IngestError || err instanceof ReleaseConflictError || err instanceof UsageError) {
      console.error(`factors:ingest: ${err.message}`);
      if (err instanceof UsageError) console.error(USAGE);
      process.exit(1);
    }
    throw err;
  },
);
