import { createReadStream } from "node:fs";
import { netFecAccounts } from "@/lib/imports/fec/accounts";

// Child of fec-parse.ts: reads one FEC from disk as a stream and nets it, alone in its process so that
// its peak RSS is the reader's own. Prints one JSON line.
async function main() {
  const [file, startDate, endDate] = process.argv.slice(2) as [string, string, string];
  const start = performance.now();
  const result = await netFecAccounts(createReadStream(file, { highWaterMark: 256 * 1024 }), {
    fiscalYear: { startDate, endDate },
  });
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      ms,
      lines: result.lines,
      accounts: result.accounts.length,
      errors: result.errors.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

void main();
