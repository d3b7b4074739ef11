// Bench: the flight form's airport search over the whole shipped OurAirports table (lib/activity/airports).
// Times the first call (table validation + search index build, as a fresh server process or browser tab
// pays it), then every prefix a user types (1 to 8 characters) of ~40 realistic queries, each 20 times,
// and reports the p95. Also reports the table's size (the bytes a browser bundle would carry).
// Standalone: tsx scripts/bench/airport-search.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { searchAirports } from "@/lib/activity/airports/search";
import { airport } from "@/lib/calc";
import { REPO_ROOT } from "../db/migrations-dir.ts";
import { percentile } from "./percentile";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

const SEARCH_P95_TARGET_MS = 5; // per keystroke, well inside a 16 ms frame
const ROUNDS = 20;

const QUERIES = [
  "LYS",
  "lis",
  "CDG",
  "nrt",
  "lyon",
  "lisbonne",
  "Lisbon",
  "londres",
  "london",
  "new york",
  "sao paulo",
  "São Paulo",
  "zurich",
  "Zürich",
  "genève",
  "bâle",
  "pékin",
  "le caire",
  "munich",
  "toulouse",
  "nice",
  "marseille",
  "bordeaux",
  "nantes",
  "madrid",
  "barcelone",
  "francfort",
  "amsterdam",
  "tokyo",
  "sydney",
  "johannesbourg",
  "montréal",
  "dubaï",
  "singapour",
  "heathrow",
  "charles de gaulle",
  "saint-exupéry",
  "international",
  "xyz",
  "qqqq",
];

export const airportSearch: TBenchMeasurement = {
  name: "airport search",
  async run(): Promise<TBenchResult[]> {
    const loadStart = performance.now();
    airport("LYS"); // the engine's first lookup: validates the table and builds the IATA map
    const tableLoadMs = performance.now() - loadStart;
    const coldStart = performance.now();
    searchAirports("lyon"); // the first search: normalised search index + Intl.DisplayNames
    const coldMs = performance.now() - coldStart;
    const typed = QUERIES.flatMap((q) => Array.from({ length: Math.min(q.length, 8) }, (_, i) => q.slice(0, i + 1)));
    for (const q of typed) searchAirports(q); // warm-up
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of typed) {
        const start = performance.now();
        hits += searchAirports(q, { locale: round % 2 ? "fr" : "en" }).length;
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const file = readFileSync(path.join(REPO_ROOT, "emission-factors/mappings/airports.json"));
    const round3 = (ms: number) => Math.round(ms * 1000) / 1000;
    return [
      {
        name: "airport search p95",
        value: round3(p95),
        unit: "ms",
        target: SEARCH_P95_TARGET_MS,
        ok: p95 <= SEARCH_P95_TARGET_MS,
        searches: times.length,
        medianMs: round3(percentile(times, 50)),
        maxMs: round3(times[times.length - 1] ?? 0),
        tableLoadMs: round3(tableLoadMs),
        firstSearchMs: round3(coldMs),
        hits,
        airportsJsonBytes: file.length,
        airportsJsonGzipBytes: gzipSync(file).length,
      },
    ];
  },
};

runWhenMain(import.meta.url, async (_args, onResult) => (await airportSearch.run()).forEach(onResult));
