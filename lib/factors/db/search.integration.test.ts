import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomFactor } from "@/lib/factors/db/custom-mutations";
import { zCustomFactorCreate } from "@/lib/factors/db/custom-schemas";
import { installFactorRelease } from "@/lib/factors/db/install";
import { listFactorFilterOptions } from "@/lib/factors/db/queries";
import { searchFactors } from "@/lib/factors/db/search";
import type { TFactorSearch } from "@/lib/factors/db/search-params";
import { fixtureRelease } from "@/lib/factors/db/testing";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// Every fixture name carries a marker word, so searches only see this file's rows whatever else is loaded.
const marker = `zq${uniqueSuffix()}`;
const version = `t${uniqueSuffix()}`;
let orgA: Awaited<ReturnType<typeof createTenant>>;
let orgB: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  await installFactorRelease(
    db,
    fixtureRelease({
      version,
      records: [
        {
          sourceId: "1",
          nameFr: `Électricité ${marker} - mix moyen`,
          nameEn: `Electricity ${marker} - average mix`,
          categoryPath: ["Electricité", "France"],
          unit: "kWh",
        },
        {
          sourceId: "2",
          nameFr: `Gazole routier ${marker}`,
          nameEn: `Road diesel ${marker}`,
          categoryPath: ["Combustibles"],
          unit: "L",
          unitLabel: "kgCO2e/litre",
          referenceYear: 2022,
        },
        {
          sourceId: "3",
          nameFr: `Bœuf haché ${marker}`,
          categoryPath: ["Alimentation"],
          unit: "kg",
          unitLabel: "kgCO2e/kg",
          region: "WORLD",
        },
        {
          sourceId: "4",
          nameFr: `Électricité ${marker} 2018 (ancienne)`,
          categoryPath: ["Electricité"],
          status: "archived",
        },
        {
          sourceId: "5",
          nameFr: `Chauffage urbain ${marker}`,
          categoryPath: ["Electricité", "Réseaux de chaleur"],
          status: "review",
          reviewNote: "À vérifier",
        },
        { sourceId: "6", nameFr: `Mix réseau ${marker}`, categoryPath: ["Pays"], region: "GB" },
        { sourceId: "8", nameFr: `Compteur ${marker}`, categoryPath: ["Electricité", "Comptage"] },
        { sourceId: "7", nameFr: `Mix réseau ${marker}`, categoryPath: ["Pays"], region: "FR" },
      ],
    }),
  );
  orgA = await createTenant(db);
  orgB = await createTenant(db);
  const custom = (nameFr: string) =>
    zCustomFactorCreate("fr").parse({
      nameFr,
      unit: "kWh",
      value: "0,012",
      source: "Contrat PPA 2024",
      justification: "Garantie d'origine du fournisseur",
      region: "FR",
      referenceYear: "2024",
    });
  await createCustomFactor(db, orgA.scope(), custom(`Électricité ${marker} PPA éolien`));
  await createCustomFactor(db, orgB.scope(), custom(`Électricité ${marker} fournisseurbeta`));
});

const find = (search: Omit<TFactorSearch, "page"> & { page?: number }, org = orgA, pageSize?: number) =>
  searchFactors(db, { organizationId: org.organization.id }, { page: 1, ...search }, pageSize);
const ids = (result: Awaited<ReturnType<typeof find>>) =>
  result.hits.map((h) => (h.kind === "custom" ? `custom:${h.nameFr}` : h.id));

describe("factor search", () => {
  it("ignores accents and case, in both directions", async () => {
    for (const q of [`electricite ${marker}`, `ÉLECTRICITÉ ${marker}`, `Electricite ${marker.toUpperCase()}`]) {
      expect(ids(await find({ q, source: "ademe" }))).toEqual([
        `ademe:1@${version}`,
        `ademe:8@${version}`,
        `ademe:5@${version}`,
        `ademe:4@${version}`,
      ]);
    }
    expect(ids(await find({ q: `boeuf hache ${marker}` }))).toEqual([`ademe:3@${version}`]);
  });

  it("finds factors by their English name, category and id", async () => {
    expect(ids(await find({ q: `road diesel ${marker}` }))).toEqual([`ademe:2@${version}`]);
    expect(ids(await find({ q: `${marker} combustibles` }))).toEqual([`ademe:2@${version}`]);
    expect(ids(await find({ q: `ademe:3@${version}` }))).toEqual([`ademe:3@${version}`]);
  });

  it("ranks valid before under review before archived, and a name match above a category-only one", async () => {
    const hits = ids(await find({ q: `${marker} electricite`, source: "ademe" }));
    // 1 and 8 are valid: 1 has "Électricité" in its name, 8 only in its category.
    expect(hits).toEqual([`ademe:1@${version}`, `ademe:8@${version}`, `ademe:5@${version}`, `ademe:4@${version}`]);
  });

  it("puts the organisation's own country first among equally relevant factors", async () => {
    const q = `mix reseau ${marker}`;
    expect(ids(await find({ q }))).toEqual([`ademe:6@${version}`, `ademe:7@${version}`]);
    const inFrance = await searchFactors(
      db,
      { organizationId: orgA.organization.id, preferRegion: "FR" },
      { q, page: 1 },
    );
    expect(inFrance.hits.map((h) => h.id)).toEqual([`ademe:7@${version}`, `ademe:6@${version}`]);
  });

  it("filters by source, top-level category, unit, region, year and status", async () => {
    expect(ids(await find({ q: marker, category: "Combustibles" }))).toEqual([`ademe:2@${version}`]);
    expect(ids(await find({ q: marker, unit: "L" }))).toEqual([`ademe:2@${version}`]);
    expect(ids(await find({ q: marker, region: "WORLD" }))).toEqual([`ademe:3@${version}`]);
    expect(ids(await find({ q: marker, year: 2022 }))).toEqual([`ademe:2@${version}`]);
    expect(ids(await find({ q: marker, status: "review" }))).toEqual([`ademe:5@${version}`]);
    expect(ids(await find({ q: marker, source: "desnz" }))).toEqual([]);
    const options = await listFactorFilterOptions(db);
    expect(options.categories).toEqual(expect.arrayContaining(["Combustibles", "Alimentation"]));
    expect(options.regions).toEqual(expect.arrayContaining(["FR", "WORLD"]));
  });

  it("lists the organisation's own custom factors first, badged, and never another organisation's", async () => {
    const a = await find({ q: `electricite ${marker}` });
    expect(a.hits[0]).toMatchObject({
      kind: "custom",
      nameFr: `Électricité ${marker} PPA éolien`,
      value: "0.012",
      unit: "kWh",
    });
    expect(a.hits.filter((h) => h.kind === "custom")).toHaveLength(1);
    const b = await find({ q: `electricite ${marker}` }, orgB);
    expect(b.hits.filter((h) => h.kind === "custom").map((h) => h.nameFr)).toEqual([
      `Électricité ${marker} fournisseurbeta`,
    ]);
    expect(ids(await find({ q: `fournisseurbeta ${marker}` }))).toEqual([]);
    expect(ids(await find({ q: marker, source: "custom" }))).toEqual([`custom:Électricité ${marker} PPA éolien`]);
    expect(ids(await find({ q: marker, category: "Electricité" })).some((id) => id.startsWith("custom:"))).toBe(false);
  });

  it("paginates custom and library results as one list", async () => {
    const all = ids(await find({ q: marker }, orgA, 100));
    expect(all).toHaveLength(9);
    const pages = await Promise.all([1, 2, 3, 4, 5].map((page) => find({ q: marker, page }, orgA, 2)));
    expect(pages.flatMap(ids)).toEqual(all);
    expect(pages.map((p) => [p.total, p.pageCount])).toEqual([
      [9, 5],
      [9, 5],
      [9, 5],
      [9, 5],
      [9, 5],
    ]);
    const beyond = await find({ q: marker, page: 9 }, orgA, 2);
    expect(beyond).toMatchObject({ hits: [], total: 9 });
  });
});
