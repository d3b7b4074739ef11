// The allocation-key server actions called by a user of organisation A against organisation B: NOT_FOUND
// (FORBIDDEN without products.manage), and B's keys, inputs and audit untouched. Also: A's own key naming
// B's product is NOT_FOUND and saves nothing. Real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { zAllocationKey } from "@/lib/allocation/schemas";
import { setAllocationKey } from "@/lib/allocation/store";
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

const allocation = await import("@/app/actions/allocation");

const db = testDb();
afterAll(() => db.$disconnect());

const keyInput = (periodId: string, productId: string) => ({
  periodId,
  post: "scope2",
  kind: "HEADCOUNT",
  inputs: [{ productId, value: "4" }],
});

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  const productOf = (organizationId: string) =>
    db.product.create({ data: { organizationId, name: "App", functionalUnit: "request" } });
  const aProduct = await productOf(a.organizationId);
  const bProduct = await productOf(b.organizationId);
  await setAllocationKey(db, b.scope(), zAllocationKey("fr").parse(keyInput(b.periodOf(2024), bProduct.id)));
  const signInAs = (role: "OWNER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    keys: await db.allocationKey.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    inputs: await db.allocationKeyInput.findMany({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, aProduct, bProduct, signInAs, snapshotB };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

// B's period (and product) ids, sent to B's slug or smuggled through A's own.
const BY_ID: Record<string, Call> = {
  setAllocationKey: (slug, w) => allocation.setAllocationKeyAction(slug, keyInput(w.b.periodOf(2024), w.bProduct.id)),
  deleteAllocationKey: (slug, w) =>
    allocation.deleteAllocationKeyAction(slug, { periodId: w.b.periodOf(2024), post: "scope2" }),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant allocation-key actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: {}, actingRole: "OWNER" });
  itForbidsRolesInOwnOrganisation({
    world,
    calls: {
      setAllocationKey: (slug, w) =>
        allocation.setAllocationKeyAction(slug, keyInput(w.a.periodOf(2024), w.aProduct.id)),
      deleteAllocationKey: (slug, w) =>
        allocation.deleteAllocationKeyAction(slug, { periodId: w.a.periodOf(2024), post: "scope2" }),
    },
    roles: ["VIEWER", "CONTRIBUTOR"],
  });

  it("A's own key naming B's product is NOT_FOUND, and nothing is saved on either side", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const before = await w.snapshotB();
    const input = keyInput(w.a.periodOf(2024), w.aProduct.id);
    input.inputs.push({ productId: w.bProduct.id, value: "1" });
    expect(await allocation.setAllocationKeyAction(w.a.organization.slug, input)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await db.allocationKey.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("a smuggled organizationId is refused by the schema; an owner of A saves A's own key", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const slug = w.a.organization.slug;
    const smuggled = { ...keyInput(w.a.periodOf(2024), w.aProduct.id), organizationId: w.b.organizationId };
    expect(await allocation.setAllocationKeyAction(slug, smuggled)).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(await db.allocationKey.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
    expect(await allocation.setAllocationKeyAction(slug, keyInput(w.a.periodOf(2024), w.aProduct.id))).toMatchObject({
      ok: true,
    });
  });
});
