import { MEASUREMENTS } from "./bench/registry";

// `npm run bench`: runs every registered measurement and prints one JSON object per result line:
// {"name","value","unit","target","ok", …context}. A missed target prints ok:false and still exits 0;
// only a measurement that crashes makes the process exit non-zero (after the others have run).

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  let crashed = false;
  for (const measurement of MEASUREMENTS) {
    if (only.length > 0 && !only.some((name) => measurement.name.includes(name))) continue;
    try {
      for (const result of await measurement.run()) console.log(JSON.stringify(result));
    } catch (error) {
      crashed = true;
      console.log(
        JSON.stringify({
          name: measurement.name,
          value: null,
          unit: null,
          target: null,
          ok: false,
          crashed: true,
          error: String(error),
        }),
      );
      console.error(error);
    }
  }
  return crashed ? 1 : 0;
}

main().then((code) => process.exit(code));
