import { pathToFileURL } from "node:url";
import type { TBenchResult } from "./types";

/**
 * Runs a bench file on its own (`tsx scripts/bench/<file>.ts [numbers…]`) when it is the entry point: its
 * numeric arguments (0 when absent or not a number), one JSON object per result line, exit 1 if it throws.
 */
export function runWhenMain(
  moduleUrl: string,
  measure: (args: number[], onResult: (r: TBenchResult) => void) => Promise<unknown>,
): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  const args = process.argv.slice(2).map((a) => Number(a) || 0);
  measure(args, (r) => console.log(JSON.stringify(r))).then(
    () => {},
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
