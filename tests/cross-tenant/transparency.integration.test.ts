// The transparency page's server actions called by a user of organisation A against organisation B:
// NOT_FOUND (FORBIDDEN without the permission), and B's page, its snapshot and audit untouched; A's own
// publication naming B's periods is NOT_FOUND; A's token never reaches B's page and the reverse. Real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { storeHandActivity } from "@/lib/reporting/testing";
import { publishPage } from "@/lib/transparency/mutations";
import { publishedSnapshot } from "@/lib/transparency/queries";
import { ZPublishInput } from "@/lib/transparency/schemas";
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

const transparency = await import("@/app/actions/transparency");

const db = testDb();
afterAll(() => db.$disconnect());

const input = (periodId: string) => ({
  slug: "",
  periodIds: [periodId],
  totals: true,
  baseYear: false,
  targets: true,
  actions: true,
  methodology: false,
  contributions: false,
});

async function world() {
  const a = await tenantWithPeriods(db, [2022], { roles: ["OWNER", "MANAGER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2022], { roles: ["OWNER"] });
  await storeHandActivity(db, b.organizationId, {
    periodId: b.periodOf(2022),
    activityTypeId: "test.fuel",
    lines: [{ kg: "1000", scope: 1, begesPoste: "1.1" }],
  });
  const page = await publishPage(db, b.scope(), ZPublishInput.parse(input(b.periodOf(2022))));
  const signInAs = (role: "OWNER" | "MANAGER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    page: await db.transparencyPage.findUnique({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, token: page.token, signInAs, snapshotB };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

// Publishing names periods: B's period through A's own slug must find nothing.
const BY_ID: Record<string, Call> = {
  publishTransparency: (slug, w) => transparency.publishTransparencyAction(slug, input(w.b.periodOf(2022))),
};
const ON_ORG: Record<string, Call> = {
  revokeTransparency: (slug) => transparency.revokeTransparencyAction(slug, {}),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant transparency actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "OWNER" });
  itForbidsRolesInOwnOrganisation({ world, calls: { ...BY_ID, ...ON_ORG }, roles: ["VIEWER", "CONTRIBUTOR"] });

  it("a manager of A publishes A's own page: its token shows A's snapshot, never B's; A's revocation leaves B live", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    const slug = w.a.organization.slug;
    const published = await transparency.publishTransparencyAction(slug, input(w.a.periodOf(2022)));
    if (!published.ok) throw new Error(published.error);
    expect((await publishedSnapshot(db, published.data.token))?.organizationName).toBe(w.a.organization.name);
    expect((await publishedSnapshot(db, w.token))?.organizationName).toBe(w.b.organization.name);
    expect(await transparency.revokeTransparencyAction(slug, {})).toMatchObject({ ok: true });
    expect(await publishedSnapshot(db, published.data.token)).toBeNull();
    expect(await publishedSnapshot(db, w.token)).not.toBeNull();
  });

  it("a smuggled organizationId is refused by the strict schema and saves nothing", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const result = await transparency.publishTransparencyAction(w.a.organization.slug, {
      ...input(w.a.periodOf(2022)),
      organizationId: w.b.organizationId,
    });
    expect(result).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { organizationId: "validation.unknownField" },
    });
    expect(await db.transparencyPage.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
  });
});
