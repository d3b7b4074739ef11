import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { testDb } from "@/tests/fixtures/tenants";
import { decimalToMicro, microToDecimal, type TDecimalLike } from "@/lib/numbers/decimal";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { seedDemoActivity } from "./activity";
import { loadDemoData, seedDemo } from "./demo";
import { loadIntensity } from "@/lib/dashboard/intensity";
import { getOverview } from "@/lib/dashboard/overview";
import { listPortfolio } from "@/lib/organizations/portfolio";
import { loadPortfolioFigures } from "@/lib/portfolio/figures";

const db = testDb();
afterAll(() => db.$disconnect());

// Exact sums computed here from the raw stored lines, independently of lib/reporting.
const exactSum = (values: TDecimalLike[]) => microToDecimal(values.reduce<bigint>((s, v) => s + decimalToMicro(v), 0n));

async function counts() {
  const orgIds = (
    await db.organization.findMany({
      where: { slug: { in: ["nuage-analytics", "panier-vert"] } },
      select: { id: true },
    })
  ).map((o) => o.id);
  const where = { organizationId: { in: orgIds } };
  return {
    orgs: orgIds.length,
    members: await db.membership.count({ where }),
    sites: await db.site.count({ where }),
    products: await db.product.count({ where }),
    periods: await db.reportingPeriod.count({ where }),
    audit: await db.auditEvent.count({ where }),
    activities: await db.activityData.count({ where }),
    lines: await db.emissionLine.count({ where }),
    volumes: await db.productPeriodVolume.count({ where }),
    targets: await db.reductionTarget.count({ where }),
    actions: await db.reductionAction.count({ where }),
    contributions: await db.climateContribution.count({ where }),
    transparencyPages: await db.transparencyPage.count({ where: { ...where, revokedAt: null } }),
    allocationKeys: await db.allocationKey.count({ where }),
  };
}

describe("demo seed", () => {
  it("loads the demo and is idempotent", async () => {
    const data = loadDemoData();
    await seedDemo(db, data);
    const first = await counts();
    // audit: per organisation, its creation, the first acceptance of the factor releases and one bulk save,
    // then the data-collection scenario (prisma/seed/workflow.ts): 5 requests, 4 lines and their transitions;
    // Nuage Insights' digital-use models 2022–2025 (prisma/seed/digital-models.ts): per model one bulk save
    // and one compute row, and 14 activities of one line each (SWD v4: 2 per country × 6 countries + 2);
    // then the reduction plan (prisma/seed/trajectory.ts): 2 targets, 12 actions and 2 contributions, the
    // published transparency page (prisma/seed/transparency.ts): 1 publication; and Nuage's allocation keys
    // (prisma/seed/allocation.ts): 7 posts × 2 open periods, one audit row each.
    expect(first).toEqual({
      orgs: 2,
      members: 8,
      sites: 6,
      products: 3,
      periods: 8,
      audit: 42 + 2 * (2 + 12 + 2 + 1) + 14,
      activities: 921,
      lines: 2193,
      volumes: 11,
      targets: 4,
      actions: 24,
      contributions: 4,
      transparencyPages: 2,
      allocationKeys: 14,
    });
    await seedDemo(db, data);
    expect(await counts()).toEqual(first);
  });

  it("creates sign-in-able accounts and a consultant serving both organisations", async () => {
    const data = loadDemoData();
    await seedDemo(db, data);
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@nuage-analytics.example" } });
    expect(await verifyPassword(owner.passwordHash, data.password)).toBe(true);
    const firm = await db.consultingFirm.findUniqueOrThrow({
      where: { slug: "klimato-conseil" },
      include: { clients: true, members: true },
    });
    expect(firm.clients.map((c) => c.slug).sort()).toEqual(["nuage-analytics", "panier-vert"]);
    expect(firm.members).toHaveLength(1);
    const locked = await db.reportingPeriod.findMany({
      where: { organization: { slug: "nuage-analytics" }, status: "LOCKED" },
      select: { year: true },
    });
    expect(locked.map((p) => p.year).sort()).toEqual([2022, 2023]);
  });

  it("computes the demo activity data through the engine, with a reduction trend from the 2022 base year", async () => {
    await seedDemo(db, loadDemoData());
    expect((await seedDemoActivity(db)).map((r) => [r.slug, r.created, r.replaced, r.unchanged])).toEqual([
      ["nuage-analytics", 0, 0, 535],
      ["panier-vert", 0, 0, 322],
    ]);
    for (const slug of ["nuage-analytics", "panier-vert"]) {
      const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
      const activities = await db.activityData.findMany({
        where: { organizationId: organization.id },
        include: { period: true, lines: true },
      });
      // Every activity has lines adding up exactly to its total, including those in locked periods.
      for (const a of activities) {
        expect(a.lines.length, a.label ?? a.id).toBeGreaterThan(0);
        expect(exactSum(a.lines.map((l) => l.kgCO2e))).toBe(a.kgCO2e.toFixed(6));
      }
      expect(activities.some((a) => a.period.status === "LOCKED")).toBe(true);
      const byYear = new Map<number, number>();
      for (const a of activities) byYear.set(a.period.year, (byYear.get(a.period.year) ?? 0) + Number(a.kgCO2e));
      const tonnes = [2022, 2023, 2024, 2025].map((y) => Math.round((byYear.get(y) ?? 0) / 1000));
      expect(tonnes[3]).toBeLessThan(tonnes[0] as number);
      const flights = activities.filter((a) => a.activityTypeId === "travel.plane");
      expect(flights.length).toBeGreaterThan(0);
      expect(
        flights.every(
          (f) => f.unit === "p.km" && f.lines.every((l) => l.contrailsIncluded === true && l.ghgCategory === 6),
        ),
      ).toBe(true);
    }
  });

  it("lib/reporting's totals of every demo period equal the exact sums of the engine's stored lines", async () => {
    await seedDemo(db, loadDemoData());
    for (const slug of ["nuage-analytics", "panier-vert"]) {
      const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
      const periods = await db.reportingPeriod.findMany({ where: { organizationId: organization.id } });
      const lines = await db.emissionLine.findMany({
        where: { organizationId: organization.id, activity: { status: "VALIDATED" } },
        select: { periodId: true, scope: true, kgCO2e: true, marketKgCO2e: true, co2b: true },
      });
      for (const period of periods) {
        const mine = lines.filter((l) => l.periodId === period.id);
        const report = await aggregateEmissions(db, organization.id, { periodIds: [period.id], groupBy: ["scope"] });
        const market = await aggregateEmissions(db, organization.id, { periodIds: [period.id], scope2: "market" });
        const total = await aggregateEmissions(db, organization.id, { periodIds: [period.id] });
        for (const scope of [1, 2, 3]) {
          const expected = exactSum(mine.filter((l) => l.scope === scope).map((l) => l.kgCO2e));
          const group = report.groups.find((g) => g.key.scope === scope);
          expect(group?.kgCO2e ?? "0.000000", `${slug} ${period.year} scope ${scope}`).toBe(expected);
        }
        expect(total.groups[0]?.kgCO2e).toBe(exactSum(mine.map((l) => l.kgCO2e)));
        expect(total.groups[0]?.lines).toBe(mine.length);
        expect(total.groups[0]?.biogenicCo2Kg).toBe(exactSum(mine.map((l) => l.co2b ?? "0")));
        const marketKg = mine.map((l) => (l.scope === 2 ? (l.marketKgCO2e ?? l.kgCO2e) : l.kgCO2e));
        expect(market.groups[0]?.kgCO2e).toBe(exactSum(marketKg));
      }
      expect(lines.length).toBeGreaterThan(100); // the demo has validated data to report
    }
  });

  it("gives every product of the latest period an intensity, each year its own headcount, and the consultant a portfolio over both clients", async () => {
    await seedDemo(db, loadDemoData());
    const consultant = await db.user.findUniqueOrThrow({ where: { email: "camille.durand@klimato-conseil.example" } });
    const clients = (await listPortfolio(db, consultant.id)).flatMap((f) => f.clients);
    const figures = await loadPortfolioFigures(db, consultant.id, clients, "2026-06-15");
    for (const slug of ["nuage-analytics", "panier-vert"]) {
      const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
      const periods = await db.reportingPeriod.findMany({
        where: { organizationId: organization.id },
        orderBy: { year: "desc" },
      });
      const latest = periods[0]!;
      const overview = await getOverview(db, organization.id, latest.id, { basis: "validated", scope2: "location" });
      const intensity = await loadIntensity(db, organization.id, latest.id, overview);
      expect(intensity.headcount?.source, slug).toBe("period");
      expect(intensity.perEmployeeKg, slug).not.toBeNull();
      expect(intensity.products.length, slug).toBe(
        await db.product.count({ where: { organizationId: organization.id } }),
      );
      expect(
        intensity.products.every((p) => p.volume !== null && Number(p.perUnitKg) > 0),
        slug,
      ).toBe(true);
      // Headcounts differ year to year, so intensities compare like with like.
      expect(new Set(periods.map((p) => p.headcount)).size, slug).toBe(periods.length);
      const client = figures.get(organization.id);
      expect(client?.latest, slug).not.toBeNull();
      expect(Number(client?.change?.ratio), slug).toBeLessThan(0); // the reduction trend from the 2022 base year
    }
    // Panier Vert opened its Bordeaux relay in 2024: a site with lines from then on only.
    const panier = await db.organization.findUniqueOrThrow({ where: { slug: "panier-vert" } });
    const bordeaux = await db.site.findFirstOrThrow({
      where: { organizationId: panier.id, name: "Point relais Bordeaux" },
    });
    const years = await db.activityData.findMany({
      where: { organizationId: panier.id, siteId: bordeaux.id },
      select: { period: { select: { year: true } } },
      distinct: ["periodId"],
    });
    expect(years.map((y) => y.period.year).sort()).toEqual([2024, 2025]);
  });
});
