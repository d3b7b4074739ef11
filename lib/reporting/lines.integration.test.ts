import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { activityEditHref } from "@/lib/dashboard/lines-section";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { getEmissionLine } from "@/lib/reporting/line-detail";
import { listEmissionLines, type TLinesOptionsInput } from "@/lib/reporting/lines";
import type { TLineRow } from "@/lib/reporting/line-types";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// A 2024 inventory stored by hand:
//   E  validated, grid electricity at the head office: scope 2 100 kg (market 300) + scope 3 cat. 3 20 kg,
//      a library factor (ademe), entered by the contributor and validated by the manager
//   F  validated, flight at the factory: scope 3 cat. 6, seven lines of 50 kg (ties) and one of 200 kg
//   S  submitted spend: scope 3 cat. 1 70 kg, a custom factor of this organisation
//   D  draft diesel: scope 1 1,000 kg (never listed)
//   B  another organisation's validated 5,000 kg line filed under this organisation's period id
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let other: Awaited<ReturnType<typeof tenantWithPeriods>>;
let p24: string;
let factory: string;
let libraryFactor: string;
let customFactor: string;
let foreignLine: string;
let electricityId: string;

const all = async (input: Omit<TLinesOptionsInput, "periodId">, limit = 3) => {
  const rows: TLineRow[] = [];
  let after: TLinesOptionsInput["after"];
  for (let i = 0; i < 50; i++) {
    const page = await listEmissionLines(db, t.organizationId, { periodId: p24, ...input, limit, after });
    rows.push(...page.rows);
    if (!page.next) return rows;
    after = page.next;
  }
  throw new Error("no last page");
};
const kgs = (rows: TLineRow[]) => rows.map((r) => Number(r.kgCO2e));

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  other = await tenantWithPeriods(db, [2024]);
  const org = t.organizationId;
  p24 = t.periodOf(2024);
  factory = (await db.site.create({ data: { organizationId: org, name: "Usine", country: "FR" } })).id;
  libraryFactor = (await db.emissionFactor.findFirstOrThrow({ where: { source: "ademe" }, orderBy: { id: "asc" } })).id;
  customFactor = (
    await db.customFactor.create({
      data: {
        organizationId: org,
        key: "k1",
        version: 1,
        nameFr: "Achat maison",
        unit: "EUR",
        value: "0.35",
        uncertaintyPct: "30",
        source: "Fournisseur",
        justification: "Devis 2024",
        searchText: "achat maison",
      },
    })
  ).id;
  electricityId = await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    siteId: t.siteId,
    lines: [
      { kg: "100", market: "300", scope: 2, begesPoste: "2.1", factorId: libraryFactor },
      { kg: "20", scope: 3, ghgCategory: 3, begesPoste: "4.1", factorId: libraryFactor, known: false },
    ],
  });
  await db.activityData.updateMany({
    where: { id: electricityId, organizationId: org },
    data: {
      label: "Compteur siège",
      createdById: t.users.CONTRIBUTOR!.id,
      statusChangedById: t.users.MANAGER!.id,
    },
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "travel.plane",
    siteId: factory,
    sourceKind: "CSV_IMPORT",
    lines: [
      ...Array.from({ length: 7 }, () => ({ kg: "50", scope: 3 as const, ghgCategory: 6, begesPoste: "3.5" })),
      { kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5" },
    ],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "spend.ratio",
    status: "SUBMITTED",
    lines: [{ kg: "70", scope: 3, ghgCategory: 1, begesPoste: "4.1", factorId: `custom:${customFactor}` }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.fuel.diesel",
    status: "DRAFT",
    lines: [{ kg: "1000", scope: 1, begesPoste: "1.1" }],
  });
  const foreign = await storeHandActivity(db, other.organizationId, {
    periodId: other.periodOf(2024),
    activityTypeId: "energy.electricity.grid",
    lines: [{ kg: "5000", scope: 2, begesPoste: "2.1" }],
  });
  foreignLine = (await db.emissionLine.findFirstOrThrow({ where: { activityId: foreign } })).id;
  // A foreign line pointing at this organisation's period must still never be listed here.
  await storeHandActivity(db, other.organizationId, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    lines: [{ kg: "9999", scope: 2, begesPoste: "2.1" }],
  });
});

describe("listEmissionLines", () => {
  it("pages through ties on kg with no duplicate and no gap, largest first, ids descending within a tie", async () => {
    const rows = await all({});
    expect(kgs(rows)).toEqual([200, 100, 50, 50, 50, 50, 50, 50, 50, 20]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(10);
    const ties = rows.filter((r) => r.kgCO2e === "50.000000").map((r) => r.id);
    expect(ties).toEqual([...ties].sort().reverse());
    const single = await listEmissionLines(db, t.organizationId, { periodId: p24, limit: 200 });
    expect(single.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(single.next).toBeNull();
  });

  it("lists exactly the lines aggregateEmissions adds up, for each basis and filter", async () => {
    const cases: Omit<TLinesOptionsInput, "periodId">[] = [
      {},
      { statuses: "submitted" },
      { scope2: "market" },
      { filters: { siteIds: [factory] } },
      { filters: { withoutSite: true }, statuses: "submitted" },
      { filters: { scopes: [3], ghgCategories: [6] } },
      { filters: { begesPostes: ["4.1"] }, statuses: "submitted" },
      { filters: { entryCategories: ["travel"] } },
      { filters: { factorSources: ["custom"] }, statuses: "submitted" },
      { filters: { origins: ["import"] } },
      { filters: { activityTypeIds: ["energy.electricity.grid"] } },
    ];
    for (const c of cases) {
      const rows = await all(c, 4);
      const report = await aggregateEmissions(db, t.organizationId, {
        periodIds: [p24],
        statuses: c.statuses ?? "validated",
        scope2: c.scope2 ?? "location",
        filters: c.filters ?? {},
      });
      const sum = rows.reduce((s, r) => s + Number(r.kgCO2e), 0);
      expect({ c, lines: rows.length, kg: sum }).toEqual({
        c,
        lines: report.groups[0]!.lines,
        kg: Number(report.groups[0]!.kgCO2e),
      });
    }
  });

  it("orders and totals scope 2 by the market-based figure when asked", async () => {
    const rows = await all({ scope2: "market" });
    expect(kgs(rows).slice(0, 2)).toEqual([300, 200]);
    expect(rows[0]!.scope).toBe(2);
  });

  it("includes submitted data only on that basis, and never a draft", async () => {
    expect(kgs(await all({}))).not.toContain(70);
    expect(kgs(await all({ statuses: "submitted" }))).toContain(70);
    expect(kgs(await all({ statuses: "submitted" }))).not.toContain(1000);
  });

  it("names the factor (library or the organisation's own), its uncertainty or 'unknown', and the people", async () => {
    const rows = await all({ statuses: "submitted" });
    const scope2 = rows.find((r) => r.kgCO2e === "100.000000")!;
    const factor = await db.emissionFactor.findUniqueOrThrow({ where: { id: libraryFactor } });
    expect(scope2.factor).toMatchObject({
      id: libraryFactor,
      kind: "library",
      recordId: libraryFactor,
      nameFr: factor.nameFr,
      source: "ademe",
      version: factor.version,
      uncertaintyPct: factor.uncertaintyPct?.toFixed() ?? null,
    });
    expect(scope2.activity.label).toBe("Compteur siège");
    expect(scope2.enteredBy).toBe(`CONTRIBUTOR ${t.organization.slug.slice(5)}`);
    expect(scope2.validatedBy).toBe(`MANAGER ${t.organization.slug.slice(5)}`);
    expect(rows.find((r) => r.kgCO2e === "20.000000")!.factor.uncertaintyPct).toBeNull(); // not known to the engine
    const spend = rows.find((r) => r.kgCO2e === "70.000000")!;
    expect(spend.factor).toMatchObject({
      kind: "custom",
      recordId: customFactor,
      nameFr: "Achat maison",
      version: "1",
    });
    expect(spend.factor.uncertaintyPct).toBe("30");
    expect(spend.validatedBy).toBeNull(); // submitted, not validated
  });

  it("gives the activity form link to a manager and to the contributor who entered it, never to a viewer", async () => {
    const [line] = (await all({})).filter((r) => r.activity.id === electricityId);
    const href = `/${t.organization.slug}/collection/energy/${electricityId}`;
    const as = (role: "MANAGER" | "VIEWER" | "CONTRIBUTOR" | "OWNER") =>
      activityEditHref(t.organization.slug, { role, userId: t.users[role]!.id }, line!.activity);
    expect(as("MANAGER")).toBe(href);
    expect(as("OWNER")).toBe(href);
    expect(as("CONTRIBUTOR")).toBe(href);
    expect(as("VIEWER")).toBeNull();
    expect(
      activityEditHref("x", { role: "MANAGER", userId: "u" }, { ...line!.activity, periodOpen: false }),
    ).toBeNull();
  });
});

describe("tenancy", () => {
  it("never lists another organisation's lines, even filed under this organisation's period", async () => {
    const rows = await all({ statuses: "submitted" }, 100);
    expect(kgs(rows)).not.toContain(9999);
    const theirs = await listEmissionLines(db, other.organizationId, { periodId: p24, limit: 100 });
    expect(kgs(theirs.rows)).toEqual([9999]); // their line, under their own organisation only
  });

  it("selects nothing with another organisation's ids in the filters", async () => {
    const foreignSite = other.siteId;
    expect((await all({ filters: { siteIds: [foreignSite] } })).length).toBe(0);
    expect((await listEmissionLines(db, t.organizationId, { periodId: other.periodOf(2024) })).rows).toEqual([]);
  });

  it("finds another organisation's line by id as nothing, and its own line with the factor's record", async () => {
    expect(await getEmissionLine(db, t.organizationId, foreignLine, "location")).toBeNull();
    const [mine] = (await all({})).filter((r) => r.kgCO2e === "100.000000");
    const detail = await getEmissionLine(db, t.organizationId, mine!.id, "market");
    const release = await db.factorRelease.findFirstOrThrow({ where: { factors: { some: { id: libraryFactor } } } });
    expect(detail).toMatchObject({
      kgCO2e: "300.000000",
      locationKgCO2e: "100.000000",
      marketKgCO2e: "300.000000",
      siteName: "Siège",
      library: { licence: release.licence, attribution: release.attribution, title: release.title },
      custom: null,
    });
  });
});
