// Exports across organisations: the dashboard table downloads, the evidence-pack start and state actions
// and the pack download, called by a user of organisation A about organisation B (B's slug, or B's period
// and file ids through A's slug): 404 for the routes, NOT_FOUND for the actions, B untouched, and none of
// B's figures in A's files. Only the session, the request locale and Next's cache are stubbed.
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { DASHBOARD_TABLES } from "@/lib/exports/dashboard-tables";
import { buildEvidencePack } from "@/lib/exports/evidence-pack";
import { storeHandActivity } from "@/lib/reporting/testing";
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

const { startEvidencePackAction, evidencePackStateAction } = await import("@/app/actions/exports");
const { GET: tableExport } = await import("@/app/(app)/[org]/exports/[table]/route");
const { GET: packDownload } = await import("@/app/(app)/[org]/evidence-pack/[fileId]/route");

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  await storeHandActivity(db, a.organizationId, {
    periodId: a.periodOf(2024),
    activityTypeId: "travel.plane",
    lines: [{ kg: "1234", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  await storeHandActivity(db, b.organizationId, {
    periodId: b.periodOf(2024),
    activityTypeId: "travel.plane",
    lines: [{ kg: "987654", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  const packB = await buildEvidencePack(db, {
    organizationId: b.organizationId,
    periodId: b.periodOf(2024),
    runId: "run-b",
    actor: b.actorOf("OWNER"),
    locale: "fr",
  });
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    runs: await db.jobRun.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    files: await db.exportFile.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, periodB: b.periodOf(2024), fileB: packB.exportFileId, signInAs, snapshotB };
}
type World = Awaited<ReturnType<typeof world>>;

const getTable = (slug: string, table: string, query = "format=xlsx") =>
  tableExport(new Request(`http://localhost/${slug}/exports/${table}?${query}`), {
    params: Promise.resolve({ org: slug, table }),
  });
const getPack = (slug: string, fileId: string) =>
  packDownload(new Request(`http://localhost/${slug}/evidence-pack/${fileId}`), {
    params: Promise.resolve({ org: slug, fileId }),
  });

describe("cross-tenant exports", () => {
  itRefusesCrossTenantCalls({
    world,
    byId: {
      startEvidencePack: (slug, w: World) => startEvidencePackAction(slug, { periodId: w.periodB }),
      evidencePackState: (slug, w: World) => evidencePackStateAction(slug, { periodId: w.periodB }),
    },
    onOrg: {},
    actingRole: "OWNER",
  });

  it("every table export answers 404 to a signed-out visitor and to a user of another organisation", async () => {
    const w = await world();
    for (const table of DASHBOARD_TABLES) {
      expect((await getTable(w.b.organization.slug, table)).status).toBe(404);
    }
    w.signInAs("OWNER");
    for (const table of DASHBOARD_TABLES) {
      expect((await getTable(w.b.organization.slug, table)).status).toBe(404);
      expect((await getTable(w.b.organization.slug, table, "format=csv")).status).toBe(404);
    }
  });

  it("B's period id through A's slug gives A's own figures, never B's", async () => {
    const w = await world();
    w.signInAs("VIEWER"); // a viewer may export tables
    for (const table of DASHBOARD_TABLES) {
      const response = await getTable(w.a.organization.slug, table, `format=csv&period=${w.periodB}`);
      expect(response.status, table).toBe(200);
      const text = await response.text();
      expect(text).not.toContain("987654");
      if (table === "scopes") expect(text).toContain("1234");
    }
    const response = await getTable(w.a.organization.slug, "categories", `format=xlsx&period=${w.periodB}`);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="albedo_${w.a.organization.slug}_2024_categories.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets[0]!.getCell("C3").value).toBe(1234); // the total row: A's 1,234 kg
  });

  it("B's evidence pack: 404 through B's slug or A's, signed out or not; A's viewer cannot download packs", async () => {
    const w = await world();
    expect((await getPack(w.b.organization.slug, w.fileB)).status).toBe(404);
    w.signInAs("OWNER");
    expect((await getPack(w.b.organization.slug, w.fileB)).status).toBe(404);
    expect((await getPack(w.a.organization.slug, w.fileB)).status).toBe(404);
    const own = await buildEvidencePack(db, {
      organizationId: w.a.organizationId,
      periodId: w.a.periodOf(2024),
      runId: "run-a",
      actor: w.a.actorOf("OWNER"),
      locale: "fr",
    });
    const ok = await getPack(w.a.organization.slug, own.exportFileId);
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBe(own.sizeBytes);
    w.signInAs("VIEWER");
    expect((await getPack(w.a.organization.slug, own.exportFileId)).status).toBe(404);
    expect(await evidencePackStateAction(w.a.organization.slug, { periodId: w.a.periodOf(2024) })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });
});
