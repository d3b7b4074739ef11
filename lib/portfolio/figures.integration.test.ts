import { afterAll, describe, expect, it } from "vitest";
import { listPortfolio } from "@/lib/organizations/portfolio";
import { loadPortfolioFigures } from "@/lib/portfolio/figures";
import { storeHandActivity } from "@/lib/reporting/testing";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const TODAY = "2026-06-15";

async function period(organizationId: string, year: number) {
  return db.reportingPeriod.create({
    data: {
      organizationId,
      year,
      label: String(year),
      startDate: new Date(`${year}-01-01`),
      endDate: new Date(`${year}-12-31`),
    },
  });
}

const line = (kg: string) => ({ kg, scope: 1 as const, begesPoste: "1.1" });

async function setUp() {
  const suffix = uniqueSuffix();
  const consultant = await db.user.create({
    data: { email: `consultant-${suffix}@test.example`, name: "Consultant", passwordHash: "x" },
  });
  const firm = await db.consultingFirm.create({
    data: { name: `Firm ${suffix}`, slug: `firm-${suffix}`, members: { create: { userId: consultant.id } } },
  });
  const [a, b, stranger, contributorOnly] = [
    await createTenant(db),
    await createTenant(db),
    await createTenant(db),
    await createTenant(db),
  ];
  for (const client of [a, b, contributorOnly]) {
    await db.organization.update({ where: { id: client.organization.id }, data: { consultingFirmId: firm.id } });
  }
  await db.organization.update({ where: { id: a.organization.id }, data: { baseYear: 2023 } });
  await db.organization.update({ where: { id: b.organization.id }, data: { baseYear: 2022 } });
  // A direct membership wins over the firm's access: as a contributor, the consultant may not read figures.
  await db.membership.create({
    data: { organizationId: contributorOnly.organization.id, userId: consultant.id, role: "CONTRIBUTOR" },
  });
  return { consultant, firm, a, b, stranger, contributorOnly };
}

describe("portfolio figures", () => {
  it("shows each client's latest validated total, its change against the base year, completeness and open requests, and nothing of other organisations", async () => {
    const { consultant, a, b, stranger, contributorOnly } = await setUp();
    // Client A: base year 2023 = 1000.5 kg; 2025 = 1200.6 kg validated (+ a draft that never counts);
    // 2026 is the current collection period, with no validated data yet (only a draft).
    const a2023 = await period(a.organization.id, 2023);
    const a2025 = await period(a.organization.id, 2025);
    const a2026 = await period(a.organization.id, 2026);
    await storeHandActivity(db, a.organization.id, {
      periodId: a2023.id,
      activityTypeId: "fuel.gas",
      lines: [line("1000.5")],
    });
    await storeHandActivity(db, a.organization.id, {
      periodId: a2025.id,
      activityTypeId: "fuel.gas",
      lines: [line("1000.1"), line("200.5")],
    });
    await storeHandActivity(db, a.organization.id, {
      periodId: a2025.id,
      activityTypeId: "fuel.gas",
      status: "DRAFT",
      lines: [line("999")],
    });
    await storeHandActivity(db, a.organization.id, {
      periodId: a2026.id,
      activityTypeId: "fuel.gas",
      status: "DRAFT",
      lines: [line("5")],
    });
    // Two requests on A: one overdue with nothing handed in, one already submitted (not open).
    const requestOf = (dueDate: string) =>
      db.dataRequest.create({
        data: {
          organizationId: a.organization.id,
          periodId: a2026.id,
          category: "energy",
          assigneeId: a.users.OWNER!.id,
          dueDate: new Date(dueDate),
        },
      });
    await requestOf("2026-03-01");
    const handedIn = await requestOf("2026-09-01");
    await storeHandActivity(db, a.organization.id, {
      periodId: a2026.id,
      activityTypeId: "fuel.gas",
      status: "SUBMITTED",
      lines: [line("1")],
    });
    await db.activityData.updateMany({
      where: { organizationId: a.organization.id, status: "SUBMITTED" },
      data: { requestId: handedIn.id },
    });
    // Client B: base year 2022 holds no data; 2024 validated.
    await period(b.organization.id, 2022);
    const b2024 = await period(b.organization.id, 2024);
    await storeHandActivity(db, b.organization.id, {
      periodId: b2024.id,
      activityTypeId: "fuel.gas",
      lines: [line("42")],
    });
    // Not a client, and a client the consultant may not read: their figures never appear.
    const s2025 = await period(stranger.organization.id, 2025);
    await storeHandActivity(db, stranger.organization.id, {
      periodId: s2025.id,
      activityTypeId: "fuel.gas",
      lines: [line("777777")],
    });
    const c2025 = await period(contributorOnly.organization.id, 2025);
    await storeHandActivity(db, contributorOnly.organization.id, {
      periodId: c2025.id,
      activityTypeId: "fuel.gas",
      lines: [line("888888")],
    });

    const firms = await listPortfolio(db, consultant.id);
    const clients = firms.flatMap((f) => f.clients);
    expect(clients.map((c) => c.id).sort()).toEqual(
      [a.organization.id, b.organization.id, contributorOnly.organization.id].sort(),
    );
    const figures = await loadPortfolioFigures(db, consultant.id, clients, TODAY);
    expect(figures.has(stranger.organization.id)).toBe(false);

    const fa = figures.get(a.organization.id)!;
    expect(fa.latest).toMatchObject({ periodId: a2025.id, label: "2025", kg: "1200.600000" });
    expect(fa.change).toEqual({ kg: "200.100000", ratio: (200.1 / 1000.5).toFixed(6) });
    // Completeness is the most recent period's (2026): some categories started, none validated.
    expect(fa.completeness?.periodLabel).toBe("2026");
    expect(fa.completeness?.categories).toBeGreaterThan(0);
    expect(fa.completeness?.done).toBe(0);
    expect(fa.requests).toEqual({ open: 1, overdue: 1 });

    const fb = figures.get(b.organization.id)!;
    expect(fb.latest).toMatchObject({ periodId: b2024.id, kg: "42.000000" });
    expect(fb.change).toBeNull(); // "no base year data"
    expect(fb.baseYear).toBe(2022);
    expect(fb.requests).toEqual({ open: 0, overdue: 0 });

    const fc = figures.get(contributorOnly.organization.id)!;
    expect(fc).toMatchObject({ readable: false, latest: null, change: null, completeness: null });
    expect(JSON.stringify([...figures.values()])).not.toMatch(/777777|888888/);
  });

  it("gives thirty clients their change against the base year in one call, and prints its time", async () => {
    const { consultant, firm } = await setUp();
    for (let i = 0; i < 30; i++) {
      const client = await createTenant(db);
      await db.organization.update({
        where: { id: client.organization.id },
        data: { consultingFirmId: firm.id, baseYear: 2024 },
      });
      const p2024 = await period(client.organization.id, 2024);
      const p2025 = await period(client.organization.id, 2025);
      for (const p of [p2024, p2025]) {
        await storeHandActivity(db, client.organization.id, {
          periodId: p.id,
          activityTypeId: "fuel.gas",
          lines: [line(`${i + 1}`)],
        });
      }
    }
    const clients = (await listPortfolio(db, consultant.id)).flatMap((f) => f.clients);
    expect(clients).toHaveLength(33);
    const started = performance.now();
    const figures = await loadPortfolioFigures(db, consultant.id, clients, TODAY);
    const ms = performance.now() - started;
    console.log(JSON.stringify({ name: "portfolio figures, 33 clients", ms: Math.round(ms) }));
    expect([...figures.values()].filter((f) => f.change?.ratio === "0.000000")).toHaveLength(30);
  });
});
