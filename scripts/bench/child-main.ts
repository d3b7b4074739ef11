import type { TBenchResult } from "./types";

/** The end of a bench child process: its result as the last JSON line on stdout, exit 0; a failure exits 1. */
export function printResultAndExit(result: Promise<TBenchResult>): void {
  result.then(
    (value) => {
      console.log(JSON.stringify(value));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
