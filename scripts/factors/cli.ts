import { parseArgs } from "node:util";
import { ZFactorSource } from "@/lib/factors/record";
import { IngestError } from "@/lib/factors/ingest/ingest-error";
import { ReleaseConflictError } from "./release-writer";
import { runIngestion, UsageError } from "./run";

// npm run factors:ingest -- <ademe|desnz|ember|ademe-arcep> [file] [--version V] [--published-on YYYY-MM-DD] [--out DIR]

const USAGE = `usage:
  npm run factors:ingest -- ademe <Base_Carbone_V23.6.xlsx|.csv> --version 23.6 --published-on 2025-07-03
  npm run factors:ingest -- desnz <DESNZ_conversion_factors_2025_flat_file.xlsx> --version 2025 --published-on 2025-06-10
  npm run factors:ingest -- ember          (Ember intensities bundled in the installed CO2.js)
  npm run factors:ingest -- ademe-arcep    (ADEME-Arcep values from publicodes-acv-numerique)
options: --out DIR (default emission-factors/)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      version: { type: "string" },
      "published-on": { type: "string" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const source = ZFactorSource.safeParse(positionals[0]);
  if (!source.success || positionals.length > 2)
    throw new UsageError(`unknown source or extra arguments: ${positionals.join(" ")}`);
  const started = Date.now();
  const r = await runIngestion({
    source: source.data,
    file: positionals[1],
    version: values.version,
    publishedOn: values["published-on"],
    outDir: values.out,
  });
  const what = r.status === "written" ? "wrote" : "unchanged (already shipped, byte-identical)";
  console.log(`${what}: ${r.dir}`);
  console.log(
    `  ${r.release.factorsFile.count} factors, factors.json ${(r.bytes / 1024).toFixed(0)} KiB, sha256 ${r.release.factorsFile.sha256}`,
  );
  if (Object.keys(r.stats).length)
    console.log(
      `  ${Object.entries(r.stats)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")}`,
    );
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
