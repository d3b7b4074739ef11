// tsx scripts/factors/load-into-db.ts — installs the factor releases shipped in emission-factors/ into
// the database at DATABASE_URL. Idempotent and quick when already installed, so it runs at every start.
// Exits 1 (with the reason) if a shipped release changed under an installed version, or is invalid.
import { scriptVar } from "../lib/env.ts";
import { describeOutcomes } from "@/lib/factors/db/install";
import { loadFactorLibrary } from "@/lib/factors/db/load";

async function main(): Promise<void> {
  const url = scriptVar("DATABASE_URL");
  if (!url) throw new Error("DATABASE_URL is not set.");
  const started = Date.now();
  const outcomes = await loadFactorLibrary(url);
  console.log(`${describeOutcomes(outcomes)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(`Loading the factor library failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
