// The BoaviztAPI forms' actions (app/actions/boavizta-api.ts) called by a user of organisation A against
// organisation B: NOT_FOUND before any call to the API, B's imports and audit log untouched; viewers and
// contributors are FORBIDDEN. Only the session and Next's cache are stubbed; the database is real, and the
// API a stand-in that would answer with a real response.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { cloudFormDefaults, serverFormDefaults } from "@/lib/imports/boavizta/api-form-defaults";
import { startFakeBoaviztApi, type TFakeBoaviztApi } from "@/lib/imports/boavizta/testing/fake-api";
import { readBoaviztaSample } from "@/lib/imports/boavizta/testing/samples";
import { itForbidsRolesInOwnOrganisation, itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { setScriptVar } from "@/scripts/lib/env";
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

const { boaviztaCloudImportAction, boaviztaServerImportAction } = await import("@/app/actions/boavizta-api");

const db = testDb();
let api: TFakeBoaviztApi;
beforeAll(async () => {
  api = await startFakeBoaviztApi();
  api.answer((r) =>
    r.method === "POST" ? { body: readBoaviztaSample("boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json") } : null,
  );
  setScriptVar("BOAVIZTAPI_URL", api.url);
});
afterAll(async () => {
  setScriptVar("BOAVIZTAPI_URL", "");
  await api.close();
  await db.$disconnect();
});
beforeEach(() => {
  session.user = null;
});

async function world() {
  const a = await tenantWithPeriods(db, [2025], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  const b = await tenantWithPeriods(db, [2025], { roles: ["OWNER"] });
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const posts = () => api.requests.filter((r) => r.method === "POST").length;
  const snapshotB = async () => ({
    imports: await db.import.count({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
    apiCalls: posts(), // B's refusals never reach the API
  });
  return { a, b, ids: { periodA: a.periodOf(2025), periodB: b.periodOf(2025) }, signInAs, snapshotB };
}
type W = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: W) => Promise<{ ok: boolean; error?: string }>;

const cloud = (periodId: string) => ({
  ...cloudFormDefaults(periodId, "azure"),
  name: "intrus",
  instanceType: "e8ads_v5",
});
const server = (periodId: string) => ({ ...serverFormDefaults(periodId), name: "intrus" });
// Always B's period: through B's slug (not a member there) or through A's own slug (not A's period).
const BY_ID: Record<string, Call> = {
  "boaviztaCloudImport (B's period)": (slug, w) => boaviztaCloudImportAction(slug, cloud(w.ids.periodB)),
  "boaviztaServerImport (B's period)": (slug, w) => boaviztaServerImportAction(slug, server(w.ids.periodB)),
};

describe("cross-tenant BoaviztAPI form actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: {}, actingRole: "MANAGER" });
  itForbidsRolesInOwnOrganisation({ world, calls: BY_ID, roles: ["VIEWER", "CONTRIBUTOR"] });

  it("a manager of A imports into A's own period", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    expect(await boaviztaCloudImportAction(w.a.organization.slug, cloud(w.ids.periodA))).toMatchObject({
      ok: true,
      data: { status: "PREVIEWED" },
    });
    expect(await db.import.count({ where: { organizationId: w.a.organizationId } })).toBe(1);
  });
});
