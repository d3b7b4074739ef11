// What people type in the factor explorer, and the factor an experienced carbon accountant expects to
// see among the first three results. Runs against the real shipped library (loaded by the integration
// harness), so a new release or a ranking change that buries the common factor fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchFactors } from "@/lib/factors/db/search";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

let organizationId: string;
beforeAll(async () => {
  organizationId = (await createTenant(db)).organization.id;
});

type Case = { q: string; expected: string; why: string; country?: string };

const CASES: Case[] = [
  // French
  { q: "électricité France", expected: "ademe:43642@23.6", why: "latest French grid mix, consumption" },
  { q: "electricite", expected: "ademe:43642@23.6", why: "same without accents" },
  { q: "gazole", expected: "ademe:25775@23.6", why: "road diesel B7 per litre, the pump fuel" },
  { q: "TGV", expected: "ademe:43256@23.6", why: "latest TGV year" },
  { q: "train", expected: "ademe:43256@23.6", why: "TGV 2022: business rail travel in France" },
  { q: "ordinateur portable", expected: "ademe:27002@23.6", why: "Base Empreinte laptop" },
  { q: "hotel France", expected: "desnz:29_600_4016_13@2025", why: "a room night in France" },
  { q: "taxi", expected: "desnz:25_313_3141_11@2025", why: "regular taxi per passenger-km" },
  { q: "R-410A", expected: "ademe:43632@23.6", why: "R-410A GWP, IPCC AR6" },
  { q: "gaz naturel", expected: "ademe:37133@23.6", why: "French natural gas mix, kWh PCS as billed" },
  { q: "avion long courrier", expected: "ademe:43773@23.6", why: "> 5000 km, > 220 seats, with contrails" },
  { q: "papier", expected: "ademe:43370@23.6", why: "paper and cardboard, latest monetary ratio" },
  { q: "conseil informatique", expected: "ademe:43445@23.6", why: "IT consulting, latest monetary ratio" },
  { q: "fioul domestique", expected: "ademe:14087@23.6", why: "heating oil per litre, mainland France" },
  { q: "essence", expected: "ademe:25763@23.6", why: "unleaded petrol per litre" },
  { q: "voiture", expected: "ademe:43791@23.6", why: "average car per km" },
  { q: "métro", expected: "ademe:43778@23.6", why: "Paris metro 2022" },
  { q: "réseau de chaleur", expected: "ademe:37089@23.6", why: "district heating, other networks" },
  { q: "vélo électrique", expected: "ademe:28331@23.6", why: "e-bike" },
  // English
  { q: "laptop", expected: "ademe:27002@23.6", why: "Base Empreinte laptop, named in English" },
  { q: "natural gas", expected: "ademe:37133@23.6", why: "French mix for a French organisation" },
  { q: "natural gas", expected: "desnz:1_100_1004_6@2025", why: "UK natural gas for a UK one", country: "GB" },
  { q: "diesel", expected: "ademe:25775@23.6", why: "road diesel B7" },
  { q: "long haul flight", expected: "desnz:21_316_3168_11@2025", why: "long-haul, average passenger" },
  { q: "electricity UK", expected: "desnz:7_400_4000_5@2025", why: "UK grid electricity generated" },
  { q: "hotel", expected: "desnz:29_600_4016_13@2025", why: "hotel night, French organisation" },
  { q: "IT consulting", expected: "ademe:43445@23.6", why: "IT services monetary ratio" },
  { q: "paper", expected: "ademe:43370@23.6", why: "paper and cardboard" },
  { q: "refrigerant R-410A", expected: "ademe:43632@23.6", why: "R-410A GWP, IPCC AR6" },
];

describe("factor search ranking on the shipped library", () => {
  it.each(CASES)("$q → $expected ($why)", async ({ q, expected, country = "FR" }) => {
    const result = await searchFactors(db, { organizationId, preferRegion: country }, { q, page: 1 });
    const top3 = result.hits.slice(0, 3).map((h) => h.id);
    expect(top3).toContain(expected);
  });

  it("holds at least 15 queries in French and English", () => {
    expect(new Set(CASES.map((c) => c.q)).size).toBeGreaterThanOrEqual(15);
  });

  it("keeps filters and pagination on a ranked query", async () => {
    const scope = { organizationId, preferRegion: "FR" };
    const litres = await searchFactors(db, scope, { q: "gazole", unit: "L", page: 1 }, 5);
    expect(litres.hits[0]?.id).toBe("ademe:25775@23.6");
    expect(litres.hits.every((h) => h.kind === "library" && h.unitLabel.toLowerCase().endsWith("litre"))).toBe(true);
    const page1 = await searchFactors(db, scope, { q: "electricite", page: 1 }, 10);
    const page2 = await searchFactors(db, scope, { q: "electricite", page: 2 }, 10);
    expect(page2.total).toBe(page1.total);
    const ids = [...page1.hits, ...page2.hits].map((h) => h.id);
    expect(new Set(ids).size).toBe(20); // no row twice across pages
  });
});
