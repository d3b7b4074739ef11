// The custom factor server actions, called by a user of organisation A against organisation B (by B's
// slug, or by B's record id through A's slug): NOT_FOUND, or FORBIDDEN for a missing permission, and
// B left untouched. Same approach as actions.integration.test.ts: only the session and cache are stubbed.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createCustomFactor } from "@/lib/factors/db/custom-mutations";
import { zCustomFactorCreate } from "@/lib/factors/db/custom-schemas";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const actions = await import("@/app/actions/custom-factors");

const db = testDb();
afterAll(() => db.$disconnect());

const formValues = {
  nameFr: "Hijack",
  nameEn: "",
  unit: "kWh",
  value: "1",
  uncertaintyPct: "",
  source: "x",
  justification: "A long enough justification",
  region: "",
  referenceYear: "",
};

async function world() {
  const a = await createTenant(db, ["OWNER", "MANAGER", "VIEWER", "CONTRIBUTOR"]);
  const b = await createTenant(db, ["OWNER"]);
  const bFactor = await createCustomFactor(
    db,
    b.scope(),
    zCustomFactorCreate("fr").parse({ ...formValues, nameFr: "Facteur de B" }),
  );
  const aFactor = await createCustomFactor(
    db,
    a.scope(),
    zCustomFactorCreate("fr").parse({ ...formValues, nameFr: "Facteur de A" }),
  );
  const signInAs = (role: "OWNER" | "MANAGER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    factors: await db.customFactor.findMany({ where: { organizationId: b.organization.id }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organization.id } }),
  });
  return { a, b, ids: { bFactor: bFactor.id, aFactor: aFactor.id }, signInAs, snapshotB };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const BY_ID: Record<string, Call> = {
  versionCustomFactor: (slug, w) => actions.versionCustomFactorAction(slug, { id: w.ids.bFactor, values: formValues }),
  retireCustomFactor: (slug, w) => actions.retireCustomFactorAction(slug, { id: w.ids.bFactor }),
};
const ON_ORG: Record<string, Call> = {
  createCustomFactor: (slug) => actions.createCustomFactorAction(slug, formValues),
};
// The same actions on A's own factor, to check roles inside A.
const IN_A: Record<string, Call> = {
  versionCustomFactor: (slug, w) => actions.versionCustomFactorAction(slug, { id: w.ids.aFactor, values: formValues }),
  retireCustomFactor: (slug, w) => actions.retireCustomFactorAction(slug, { id: w.ids.aFactor }),
  createCustomFactor: (slug) => actions.createCustomFactorAction(slug, formValues),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant custom factor actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "MANAGER" });

  for (const [name, call] of Object.entries(IN_A)) {
    it(`${name}: a viewer and a contributor of A are FORBIDDEN in A; a manager may`, async () => {
      const w = await world();
      for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
        w.signInAs(role);
        expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "FORBIDDEN" });
      }
      w.signInAs("MANAGER");
      expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: true });
    });
  }
});
