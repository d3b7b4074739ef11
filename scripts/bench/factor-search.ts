// Bench: factor explorer search over the whole shipped library. Starts its own embedded PostgreSQL
// (.data/bench-postgres, port 54369), builds a fresh migrated database, loads the shipped releases
// (timing the first and the already-installed load), then times ~200 realistic explorer searches
// exactly as the page runs them (library + one organisation's custom factors). Standalone:
//   tsx scripts/bench/factor-search.ts
import { pathToFileURL } from "node:url";
import type { Db } from "@/lib/db/client";
import { createCustomFactor } from "@/lib/factors/db/custom-mutations";
import { zCustomFactorCreate } from "@/lib/factors/db/custom-schemas";
import { loadShippedFactorReleases } from "@/lib/factors/db/load";
import { listFactorFilterOptions } from "@/lib/factors/db/queries";
import { searchFactors } from "@/lib/factors/db/search";
import type { TFactorSearch } from "@/lib/factors/db/search-params";
import { withBenchDatabase } from "./database";
import { percentile } from "./percentile";
import type { TBenchMeasurement, TBenchResult } from "./types";

const SEARCH_P95_TARGET_MS = 100;

// What people type: French with and without accents, English, plurals, ids, multi-word phrases.
const TERMS = [
  "électricité",
  "electricite",
  "electricite france",
  "Électricité réseau",
  "gaz naturel",
  "gazole",
  "essence",
  "fioul domestique",
  "GPL",
  "chauffage urbain",
  "réseau de chaleur",
  "train",
  "TGV",
  "TER",
  "métro",
  "bus",
  "autocar",
  "avion",
  "avion court courrier",
  "avion long courrier",
  "voiture",
  "voiture électrique",
  "voitures",
  "vélo électrique",
  "trottinette",
  "taxi",
  "hôtel",
  "nuit d'hotel",
  "repas",
  "repas végétarien",
  "bœuf",
  "boeuf",
  "poulet",
  "café",
  "papier",
  "ordinateur portable",
  "ordinateur fixe",
  "écran",
  "smartphone",
  "serveur",
  "cloud",
  "services informatiques",
  "conseil",
  "fret routier",
  "camion",
  "poids lourds",
  "transport maritime",
  "déchets",
  "ordures ménagères",
  "recyclage",
  "eau",
  "acier",
  "aluminium",
  "béton",
  "ciment",
  "plastique",
  "textile",
  "mobilier",
  "télécommunications",
  "R-410A",
  "fluide frigorigène",
  "climatisation",
  "electricity",
  "natural gas",
  "diesel",
  "petrol",
  "flight",
  "short haul flight",
  "long haul",
  "rail",
  "hotel stay",
  "car",
  "electric car",
  "laptop",
  "monitor",
  "server",
  "data centre",
  "freight",
  "truck",
  "waste",
  "water supply",
  "steel",
  "paper",
  "beef",
  "coffee",
  "meal",
  "well to tank",
  "WTT",
  "grid",
  "united kingdom",
  "district heating",
  "43642",
  "ademe:43642@23.6",
  "kwh",
  "passager km",
  "tonne km",
  "mix moyen",
  "france continentale",
];

function benchQueries(categories: string[], units: string[]): TFactorSearch[] {
  const queries: TFactorSearch[] = [];
  TERMS.forEach((q, i) => {
    queries.push({ q, page: 1 });
    if (i % 2 === 0) queries.push({ q, status: "valid", page: 1 });
    if (i % 3 === 0) queries.push({ q, page: 2 });
    if (i % 5 === 0) queries.push({ q, region: "FR", page: 1 });
    if (i % 7 === 0) queries.push({ q, unit: "kWh", year: 2023, page: 1 });
  });
  categories.slice(0, 10).forEach((category) => queries.push({ category, page: 1 }, { category, page: 3 }));
  units.slice(0, 6).forEach((unit) => queries.push({ unit, page: 1 }));
  queries.push({ page: 1 }, { page: 40 }, { source: "desnz", page: 1 }, { source: "custom", page: 1 });
  return queries.slice(0, 200);
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

async function seedOrganization(db: Db): Promise<string> {
  const organization = await db.organization.create({ data: { name: "Bench org", slug: `bench-${Date.now()}` } });
  const scope = { organizationId: organization.id, actor: { id: "bench", email: "bench@example.invalid" } };
  for (let i = 0; i < 25; i++) {
    await createCustomFactor(
      db,
      scope,
      zCustomFactorCreate("fr").parse({
        nameFr: `Électricité contrat ${i}`,
        unit: "kWh",
        value: `0.0${i + 10}`,
        source: "Fournisseur",
        justification: "Contrat d'électricité renouvelable",
        region: "FR",
        referenceYear: "2024",
      }),
    );
  }
  return organization.id;
}

async function measureOn(db: Db): Promise<TBenchResult[]> {
  const [, coldLoadMs] = await timed(() => loadShippedFactorReleases(db));
  const [, warmLoadMs] = await timed(() => loadShippedFactorReleases(db));
  const factorCount = await db.emissionFactor.count();
  const organizationId = await seedOrganization(db);
  const options = await listFactorFilterOptions(db);
  const queries = benchQueries(options.categories, options.units);
  for (const q of queries.slice(0, 10)) await searchFactors(db, { organizationId, preferRegion: "FR" }, q); // warm-up
  const searchMs: number[] = [];
  for (const q of queries)
    searchMs.push((await timed(() => searchFactors(db, { organizationId, preferRegion: "FR" }, q)))[1]);
  const optionsMs: number[] = [];
  for (let i = 0; i < 20; i++) optionsMs.push((await timed(() => listFactorFilterOptions(db)))[1]);
  searchMs.sort((a, b) => a - b);
  optionsMs.sort((a, b) => a - b);
  const p95 = percentile(searchMs, 95);
  const round = (v: number) => Math.round(v * 10) / 10;
  return [
    {
      name: "factor search p95",
      value: round(p95),
      unit: "ms",
      target: SEARCH_P95_TARGET_MS,
      ok: p95 < SEARCH_P95_TARGET_MS,
      queries: queries.length,
      factors: factorCount,
    },
    {
      name: "factor search p50",
      value: round(percentile(searchMs, 50)),
      unit: "ms",
      target: SEARCH_P95_TARGET_MS,
      ok: percentile(searchMs, 50) < SEARCH_P95_TARGET_MS,
    },
    {
      name: "factor filter options p95",
      value: round(percentile(optionsMs, 95)),
      unit: "ms",
      target: SEARCH_P95_TARGET_MS,
      ok: percentile(optionsMs, 95) < SEARCH_P95_TARGET_MS,
    },
    {
      name: "factor library load, first start",
      value: round(coldLoadMs / 1000),
      unit: "s",
      target: 10,
      ok: coldLoadMs < 10_000,
    },
    {
      name: "factor library load, already installed",
      value: round(warmLoadMs),
      unit: "ms",
      target: 500,
      ok: warmLoadMs < 500,
    },
  ];
}

export async function measureFactorSearch(): Promise<TBenchResult[]> {
  return withBenchDatabase({ dataDir: "bench-postgres", port: 54369, prefix: "albedo_bench_factors" }, measureOn);
}

export const factorSearch: TBenchMeasurement = { name: "factor search", run: measureFactorSearch };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureFactorSearch().then(
    (results) => {
      for (const r of results)
        console.log(`${r.ok ? "✓" : "✗"} ${r.name}: ${r.value} ${r.unit} (target < ${r.target} ${r.unit})`);
      process.exit(results.every((r) => r.ok) ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
