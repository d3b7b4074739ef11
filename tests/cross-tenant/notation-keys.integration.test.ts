// Notation keys across organisations: a user of A setting or clearing a key of organisation B (by B's
// slug, B's key id or B's period) is refused, and B's keys stay as they were. Inside A, only those who
// validate data may set them. Only the session and Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { setNotationKey } from "@/lib/notation-keys/mutations";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
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

const { clearNotationKeyAction, setNotationKeyAction } = await import("@/app/actions/notation-keys");

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  const keyB = await setNotationKey(
    db,
    b.scope(),
    ZNotationKeySet.parse({ periodId: b.periodOf(2024), category: "freight", kind: "NOT_OCCURRING" }),
  );
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    keys: await db.notationKey.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, keyB, signInAs, snapshotB };
}
type World = Awaited<ReturnType<typeof world>>;

const keyValues = (periodId: string) => ({ periodId, category: "waste", kind: "CONFIDENTIAL", explanation: "" });

describe("cross-tenant notation keys", () => {
  itRefusesCrossTenantCalls({
    world,
    byId: { clearNotationKey: (slug, w: World) => clearNotationKeyAction(slug, { id: w.keyB.id }) },
    onOrg: { setNotationKey: (slug, w: World) => setNotationKeyAction(slug, keyValues(w.b.periodOf(2024))) },
    actingRole: "OWNER",
  });

  it("B's period through A's organisation is a field error, and B is unchanged", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const before = await w.snapshotB();
    expect(await setNotationKeyAction(w.a.organization.slug, keyValues(w.b.periodOf(2024)))).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { periodId: "activity.validation.unknownPeriod" },
    });
    expect(await w.snapshotB()).toEqual(before);
  });

  it("inside A, a manager sets a key; a contributor and a viewer are FORBIDDEN", async () => {
    const w = await world();
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) {
      w.signInAs(role);
      expect(await setNotationKeyAction(w.a.organization.slug, keyValues(w.a.periodOf(2024)))).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    }
    w.signInAs("MANAGER");
    expect(await setNotationKeyAction(w.a.organization.slug, keyValues(w.a.periodOf(2024)))).toMatchObject({
      ok: true,
    });
  });
});
