// The public transparency page against a real database: publication stores a snapshot of the reporting
// layer's figures (computed again here from the fixture's kg), publishing again keeps the address, revoking
// makes both the token and the slug resolve to nothing at once, a new publication draws a new token; another
// organisation's periods or slug are refused and nothing is saved; every change writes its audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createContribution } from "@/lib/contributions/mutations";
import { zContributionCreate } from "@/lib/contributions/schemas";
import { createAction } from "@/lib/reductions/mutations";
import { zActionInput } from "@/lib/reductions/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { publishPage, revokePage } from "@/lib/transparency/mutations";
import { managedPage, publishedSnapshot } from "@/lib/transparency/queries";
import { ZPublishInput } from "@/lib/transparency/schemas";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

type Tenant = Awaited<ReturnType<typeof tenantWithPeriods>>;
let t: Tenant;
let other: Tenant;

// 2022: 20 t of gas (scope 1) + 30 t of electricity (scope 2) + 150 t of purchases (cat. 1) = 200 t;
// 2023: 18 t + 27 t + 135 t = 180 t, −10 %.
const KG = { 2022: [20_000, 30_000, 150_000], 2023: [18_000, 27_000, 135_000] } as const;

async function seed(tenant: Tenant) {
  await db.organization.update({ where: { id: tenant.organizationId }, data: { baseYear: 2022 } });
  for (const year of [2022, 2023] as const) {
    const [s1, s2, c1] = KG[year];
    await storeHandActivity(db, tenant.organizationId, {
      periodId: tenant.periodOf(year),
      activityTypeId: "test.mixed",
      lines: [
        { kg: String(s1), scope: 1, begesPoste: "1.1", factorId: "ademe:1@23.6" },
        { kg: String(s2), scope: 2, begesPoste: "2.1", factorId: "ember:2@2024" },
        { kg: String(c1), scope: 3, ghgCategory: 1, begesPoste: "4.1", factorId: "ademe:3@23.6" },
      ],
    });
  }
}

const publishInput = (tenant: Tenant, over: Record<string, unknown> = {}) =>
  ZPublishInput.parse({
    slug: "",
    periodIds: [tenant.periodOf(2022), tenant.periodOf(2023)],
    totals: true,
    baseYear: true,
    targets: false,
    actions: true,
    methodology: true,
    contributions: true,
    ...over,
  });

const auditActions = (tenant: Tenant) =>
  db.auditEvent
    .findMany({
      where: { organizationId: tenant.organizationId, entityType: "TransparencyPage" },
      orderBy: { createdAt: "asc" },
    })
    .then((rows) => rows.map((r) => r.action));

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2022, 2023], { roles: ["OWNER", "MANAGER"] });
  other = await tenantWithPeriods(db, [2022, 2023], { roles: ["OWNER"] });
  await seed(t);
  await createAction(
    db,
    t.scope(),
    zActionInput("fr").parse({
      title: "Chaudière remplacée",
      description: "Note interne : devis fournisseur",
      type: "REDUCTION",
      status: "IN_PROGRESS",
      posts: ["scope1"],
      expectedUnit: "TCO2E",
      expectedValue: "4",
      costEur: "98765",
      progressPct: "50",
      ownerId: t.actorOf("MANAGER").id,
    }),
  );
  await createContribution(
    db,
    t.scope(),
    zContributionCreate("fr").parse({
      name: "Haies",
      kind: "REMOVAL",
      vintage: "2024",
      tonnes: "12,5",
      pricePerTonneEur: "83,17", // 12.5 t × 83.17 € = 1 039.63 €
    }),
  );
});

describe("transparency page", () => {
  it("publishes a snapshot of the chosen sections, read back by token and by slug", async () => {
    const page = await publishPage(db, t.scope("MANAGER"), publishInput(t, { slug: `demo-${t.organization.slug}` }));
    expect(page.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const byToken = await publishedSnapshot(db, page.token);
    expect(await publishedSnapshot(db, page.slug!)).toEqual(byToken);
    expect(byToken?.organizationName).toBe(t.organization.name);
    expect(byToken?.totals?.map((p) => [p.year, p.kg, p.scopes])).toEqual([
      [2022, 200_000, { scope1: 20_000, scope2: 30_000, scope3: 150_000 }],
      [2023, 180_000, { scope1: 18_000, scope2: 27_000, scope3: 135_000 }],
    ]);
    expect(byToken?.baseYear?.changePct).toBe(((180_000 - 200_000) / 200_000) * 100);
    expect(byToken?.targets).toBeNull();
    expect(byToken?.actions).toEqual([
      {
        title: "Chaudière remplacée",
        type: "REDUCTION",
        status: "IN_PROGRESS",
        posts: ["scope1"],
        expectedKg: 4_000,
        progressPct: 50,
      },
    ]);
    expect(byToken?.contributions?.totals.all.tonnes).toBe(12.5);
    expect(byToken?.methodology?.sources).toEqual([
      { source: "ademe", kg: 20_000 + 150_000 + 18_000 + 135_000 },
      { source: "ember", kg: 30_000 + 27_000 },
    ]);
    // Nothing private: no comment, cost, price, owner or e-mail; no id of the organisation's rows.
    const json = JSON.stringify(byToken);
    // Figures chosen so that no timestamp can hold them (a bare "77" once matched the snapshot's milliseconds).
    for (const secret of ["Note interne", "98765", "83.17", "1039", t.actorOf("MANAGER").email, "MANAGER"])
      expect(json).not.toContain(secret);
    const ids = [t.organizationId, t.periodOf(2022), t.periodOf(2023), t.siteId, t.actorOf("MANAGER").id];
    for (const id of ids) expect(json).not.toContain(id);
    expect(await auditActions(t)).toEqual(["transparency.publish"]);
  });

  it("publishing again keeps the address and replaces the snapshot", async () => {
    const before = (await managedPage(db, t.organizationId))!;
    await publishPage(db, t.scope("MANAGER"), publishInput(t, { slug: before.slug, periodIds: [t.periodOf(2023)] }));
    const after = (await managedPage(db, t.organizationId))!;
    expect(after.token).toBe(before.token);
    expect((await publishedSnapshot(db, after.token))?.totals?.map((p) => p.year)).toEqual([2023]);
    expect(await auditActions(t)).toEqual(["transparency.publish", "transparency.republish"]);
  });

  it("revoking makes the token and the slug resolve to nothing at once; publishing again draws a new token", async () => {
    const live = (await managedPage(db, t.organizationId))!;
    await revokePage(db, t.scope("MANAGER"));
    expect(await publishedSnapshot(db, live.token)).toBeNull();
    expect(await publishedSnapshot(db, live.slug!)).toBeNull();
    await expect(revokePage(db, t.scope("MANAGER"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await publishPage(db, t.scope("MANAGER"), publishInput(t, { slug: live.slug }));
    expect(again.token).not.toBe(live.token);
    expect(await publishedSnapshot(db, live.token)).toBeNull();
    expect(await publishedSnapshot(db, again.token)).not.toBeNull();
    expect(await auditActions(t)).toEqual([
      "transparency.publish",
      "transparency.republish",
      "transparency.revoke",
      "transparency.publish",
    ]);
  });

  it("refuses another organisation's periods or slug, and bad input, saving nothing", async () => {
    const taken = (await managedPage(db, t.organizationId))!.slug;
    await expect(
      publishPage(db, other.scope(), publishInput(other, { periodIds: [t.periodOf(2022)] })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(publishPage(db, other.scope(), publishInput(other, { slug: taken }))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { slug: "transparency.validation.slugTaken" },
    });
    expect(() =>
      publishInput(other, { totals: false, baseYear: false, actions: false, methodology: false, contributions: false }),
    ).toThrow(/transparency.validation.noSection/);
    expect(() => publishInput(other, { slug: "Not a slug!" })).toThrow(/transparency.validation.slug/);
    expect(() => publishInput(other, { periodIds: [] })).toThrow(/transparency.validation.noPeriod/);
    expect(() => publishInput(other, { organizationId: t.organizationId })).toThrow(/validation.unknownField/);
    expect(await db.transparencyPage.count({ where: { organizationId: other.organizationId } })).toBe(0);
    expect(await auditActions(other)).toEqual([]);
    // Revoking in another organisation finds nothing there and leaves this page live.
    await expect(revokePage(db, other.scope())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await managedPage(db, t.organizationId))?.live).toBe(true);
    expect(await managedPage(db, other.organizationId)).toBeNull();
  });

  it("resolves nothing for unknown or malformed keys", async () => {
    for (const key of ["", "x".repeat(43), "nope-nothing-here", "../etc", "A".repeat(200)])
      expect(await publishedSnapshot(db, key)).toBeNull();
  });
});
