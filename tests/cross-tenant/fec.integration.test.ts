// The FEC mapping actions (app/actions/fec.ts) called by a user of organisation A against organisation B:
// NOT_FOUND, and B's remembered mappings and audit log untouched. Also: contributors and viewers cannot
// use the screen, and a ledger over the size limit is refused before it is read. Only the session and
// Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { saveFecMapping } from "@/lib/imports/fec/mappings";
import { FEC_MAX_BYTES, ZFecMappingSave } from "@/lib/imports/fec/schemas";
import { generateFec } from "@/lib/imports/fec/testing/generate";
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

const { analyseFecAction, previewFecAction, resetFecMappingAction, saveFecMappingAction } =
  await import("@/app/actions/fec");

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

const { bytes: FEC, lines: FEC_LINES } = generateFec({ entries: 200, year: 2024 });
const upload = (periodId: string, bytes: Uint8Array<ArrayBuffer> = new Uint8Array(FEC)) => {
  const form = new FormData();
  form.set("periodId", periodId);
  form.set("file", new File([bytes], "fec.txt", { type: "text/plain" }));
  return form;
};
const account = {
  account: "6064",
  label: "x",
  kind: "expense",
  debit: "10.00",
  credit: "0.00",
  net: "10.00",
  lines: 1,
  firstLine: 2,
};

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  await saveFecMapping(db, b.scope(), ZFecMappingSave.parse({ account: "6064", treatment: "excluded" }));
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    mappings: await db.fecAccountMapping.findMany({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, signInAs, snapshotB };
}
type World = Awaited<ReturnType<typeof world>>;

describe("cross-tenant FEC mapping actions", () => {
  itRefusesCrossTenantCalls({
    world,
    byId: {
      analyseFec: (slug, w: World) => analyseFecAction(slug, upload(w.b.periodOf(2024))),
      previewFec: (slug, w: World) =>
        previewFecAction(slug, { periodId: w.b.periodOf(2024), accounts: [account], lines: 2 }),
    },
    onOrg: {
      saveFecMapping: (slug) => saveFecMappingAction(slug, { account: "6064", treatment: "outOfScope" }),
      resetFecMapping: (slug) => resetFecMappingAction(slug, { account: "6064" }),
    },
    actingRole: "MANAGER",
  });

  it("managers use the screen; contributors and viewers are refused; an oversized ledger is refused unread", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    const read = await analyseFecAction(w.a.organization.slug, upload(w.a.periodOf(2024)));
    expect(read).toMatchObject({ ok: true, data: { fileName: "fec.txt", lines: FEC_LINES } });
    expect(read.ok && read.data.accounts.length).toBeGreaterThan(10);
    expect(await saveFecMappingAction(w.a.organization.slug, { account: "6064", treatment: "excluded" })).toMatchObject(
      { ok: true },
    );
    const big = new Uint8Array(FEC_MAX_BYTES + 1);
    expect(await analyseFecAction(w.a.organization.slug, upload(w.a.periodOf(2024), big))).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { file: "imports.errors.tooLarge" },
    });
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) {
      w.signInAs(role);
      expect(await analyseFecAction(w.a.organization.slug, upload(w.a.periodOf(2024)))).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
      expect(await resetFecMappingAction(w.a.organization.slug, { account: "6064" })).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    }
  });
});
