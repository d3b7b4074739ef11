// One bench measurement: a named module that returns one or more result lines. scripts/bench.ts runs
// every registered measurement in order and prints each result as one JSON line.
export interface TBenchResult {
  name: string;
  value: number;
  unit: string;
  target: number; // the threshold `value` is compared with (see `ok`)
  ok: boolean; // target met; a missed target is reported, never a crash
  [context: string]: unknown; // anything that helps read the number (sizes, machine, data source)
}

export interface TBenchMeasurement {
  name: string;
  run(): Promise<TBenchResult[]>;
}
