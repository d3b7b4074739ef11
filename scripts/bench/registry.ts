import { airportSearch } from "./airport-search";
import { apiBench } from "./api";
import { boaviztaBench } from "./boavizta";
import { drilldownBench } from "./drilldown";
import { evidencePackBench } from "./evidence-pack";
import { engineThroughput } from "./engine-throughput";
import { factorSearch } from "./factor-search";
import { fecParseBench } from "./fec-parse";
import { firstLoadJsBench } from "./first-load-js";
import { importsBench } from "./imports";
import { overviewBench } from "./overview";
import { reportingBench } from "./reporting";
import { surveysBench } from "./surveys";
import type { TBenchMeasurement } from "./types";

// Every measurement `npm run bench` runs, in order (CPU-bound ones first, before a database is started).
// Add a module here to add a measurement; each must work with no manual set-up (it may start what it
// needs, e.g. factor-search.ts starts an embedded PostgreSQL).
export const MEASUREMENTS: TBenchMeasurement[] = [
  engineThroughput,
  airportSearch,
  fecParseBench,
  factorSearch,
  reportingBench,
  drilldownBench,
  evidencePackBench,
  firstLoadJsBench,
  overviewBench,
  apiBench,
  importsBench,
  boaviztaBench,
  surveysBench,
];
