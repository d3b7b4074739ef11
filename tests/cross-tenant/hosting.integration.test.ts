// The hosting view's product-by-tag action (app/actions/hosting.ts) called by a user of organisation A
// against organisation B: NOT_FOUND, B's inventory and audit log untouched; viewers and contributors are
// FORBIDDEN. Only the session and Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { itForbidsRolesInOwnOrganisation, itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { testDb } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const { assignProductByTagAction, assignSiteByTagAction, estimateResourceAction } =
  await import("@/app/actions/hosting");

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

async function world() {
  const a = await tenantWithPeriods(db, [2025], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  const b = await tenantWithPeriods(db, [2025], { roles: ["OWNER"] });
  const product = (organizationId: string) =>
    db.product.create({ data: { organizationId, name: "Réservations", functionalUnit: "booking" } });
  const ids = {
    periodA: a.periodOf(2025),
    periodB: b.periodOf(2025),
    productA: (await product(a.organizationId)).id,
    productB: (await product(b.organizationId)).id,
  };
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  // A committed Boavizta import of B with a resource its tool did not assess.
  const importB = await db.import.create({
    data: {
      organizationId: b.organizationId,
      periodId: ids.periodB,
      fileName: "inventory.json",
      mediaType: "application/json",
      sha256: "0".repeat(64),
      sizeBytes: 10,
      format: "boavizta",
      status: "COMMITTED",
    },
  });
  const resourceB = await db.boaviztaResource.create({
    data: {
      id: `res-${importB.id}`,
      organizationId: b.organizationId,
      importId: importB.id,
      position: 0,
      name: "i-unknown",
      kind: "cloud_instance",
      assessed: false,
      usage: "cloud",
      tags: {},
      allocation: "allocated",
      tool: "cloud-scanner",
      formatVersion: "3.2+",
    },
  });
  const snapshotB = async () => ({
    activities: await db.activityData.findMany({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, ids: { ...ids, resourceB: resourceB.id }, signInAs, snapshotB };
}
type W = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: W) => Promise<{ ok: boolean; error?: string }>;

const match = (periodId: string) => ({ periodId, tagKey: "app", tagValue: "booking" });
const rule = (periodId: string, productId: string | null) => ({ ...match(periodId), productId });
const BY_ID: Record<string, Call> = {
  "estimateResource (B's resource)": (slug, w) =>
    estimateResourceAction(slug, { resourceId: w.ids.resourceB, embeddedKg: "1", useKg: "", note: "Hijack" }),
  "assignProductByTag (B's period)": (slug, w) => assignProductByTagAction(slug, rule(w.ids.periodB, w.ids.productA)),
  "assignProductByTag (B's product)": (slug, w) =>
    assignProductByTagAction(
      slug,
      rule(slug === w.a.organization.slug ? w.ids.periodA : w.ids.periodB, w.ids.productB),
    ),
  "assignSiteByTag (B's period)": (slug, w) =>
    assignSiteByTagAction(slug, { ...match(w.ids.periodB), siteId: w.a.siteId }),
  "assignSiteByTag (B's site)": (slug, w) =>
    assignSiteByTagAction(slug, {
      ...match(slug === w.a.organization.slug ? w.ids.periodA : w.ids.periodB),
      siteId: w.b.siteId,
    }),
};

describe("cross-tenant hosting actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: {}, actingRole: "MANAGER" });
  itForbidsRolesInOwnOrganisation({ world, calls: BY_ID, roles: ["VIEWER", "CONTRIBUTOR"] });

  it("a manager of A applies a rule in A (nothing tagged yet: nothing moves)", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    expect(await assignProductByTagAction(w.a.organization.slug, rule(w.ids.periodA, w.ids.productA))).toEqual({
      ok: true,
      data: { matched: 0, changed: 0 },
    });
    expect(
      await assignProductByTagAction(w.a.organization.slug, { ...rule(w.ids.periodA, null), productId: "" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await assignSiteByTagAction(w.a.organization.slug, { ...match(w.ids.periodA), siteId: w.a.siteId })).toEqual(
      { ok: true, data: { matched: 0, changed: 0 } },
    );
  });
});
