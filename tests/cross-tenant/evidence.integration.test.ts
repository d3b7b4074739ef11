// Evidence documents across organisations: the upload and removal actions, and the download route,
// called by a user of organisation A about organisation B's line or document: NOT_FOUND (404 for the
// download), and B's documents untouched. Only the session and Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { attachEvidence } from "@/lib/evidence/mutations";
import { createRequest } from "@/lib/requests/mutations";
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

const { attachEvidenceAction, deleteEvidenceAction } = await import("@/app/actions/evidence");
const { GET: download } = await import("@/app/(app)/[org]/evidence/[evidenceId]/route");

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  session.user = null;
});

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n", "latin1");

async function world() {
  const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER"] });
  const lineA = await createActivity(db, a.scope(), electricity(a.periodOf(2024)));
  const lineB = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));
  const fileB = await attachEvidence(
    db,
    { ...b.scope(), role: "OWNER" },
    {
      activityId: lineB.id,
      fileName: "facture.pdf",
      bytes: PDF,
    },
  );
  const request = (t: typeof a, assignee: Role) =>
    createRequest(db, t.scope(), {
      category: "energy",
      periodId: t.periodOf(2024),
      siteId: null,
      assigneeId: t.actorOf(assignee).id,
      dueDate: "2025-03-31",
      instructions: null,
    });
  const requestA = await request(a, "CONTRIBUTOR");
  const requestB = await request(b, "OWNER");
  const requestFileB = await attachEvidence(
    db,
    { ...b.scope(), role: "OWNER" },
    { requestId: requestB.id, fileName: "modele.pdf", bytes: PDF },
  );
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    files: await db.evidenceFile.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, lineA, lineB, fileB, requestA, requestB, requestFileB, signInAs, snapshotB };
}
type World = Awaited<ReturnType<typeof world>>;

const upload = (id: string, owner: "activityId" | "requestId" = "activityId") => {
  const form = new FormData();
  form.set(owner, id);
  form.set("file", new File([PDF], "intrus.pdf", { type: "application/pdf" }));
  return form;
};
const get = (slug: string, id: string) =>
  download(new Request(`http://localhost/${slug}/evidence/${id}`), {
    params: Promise.resolve({ org: slug, evidenceId: id }),
  });

describe("cross-tenant evidence documents", () => {
  itRefusesCrossTenantCalls({
    world,
    byId: {
      attachEvidence: (slug, w: World) => attachEvidenceAction(slug, upload(w.lineB.id)),
      deleteEvidence: (slug, w: World) => deleteEvidenceAction(slug, { id: w.fileB.id }),
      attachRequestEvidence: (slug, w: World) => attachEvidenceAction(slug, upload(w.requestB.id, "requestId")),
      deleteRequestEvidence: (slug, w: World) => deleteEvidenceAction(slug, { id: w.requestFileB.id }),
    },
    onOrg: {},
    actingRole: "OWNER",
  });

  it("the download answers 404 to another organisation, to a foreign id and to a signed-out visitor", async () => {
    const w = await world();
    expect((await get(w.b.organization.slug, w.fileB.id)).status).toBe(404);
    w.signInAs("OWNER");
    expect((await get(w.b.organization.slug, w.fileB.id)).status).toBe(404);
    expect((await get(w.a.organization.slug, w.fileB.id)).status).toBe(404);
    expect((await get(w.b.organization.slug, w.requestFileB.id)).status).toBe(404);
    expect((await get(w.a.organization.slug, w.requestFileB.id)).status).toBe(404);
  });

  it("a request's document: the owner attaches, the assignee downloads, a member who cannot see the request gets 404", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const saved = await attachEvidenceAction(w.a.organization.slug, upload(w.requestA.id, "requestId"));
    expect(saved).toMatchObject({ ok: true, data: { fileName: "intrus.pdf" } });
    const id = saved.ok ? saved.data.id : "";
    expect((await get(w.a.organization.slug, id)).status).toBe(200);
    w.signInAs("CONTRIBUTOR");
    const response = await get(w.a.organization.slug, id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(await deleteEvidenceAction(w.a.organization.slug, { id })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    w.signInAs("VIEWER");
    expect((await get(w.a.organization.slug, id)).status).toBe(404);
    expect(await attachEvidenceAction(w.a.organization.slug, upload(w.requestA.id, "requestId"))).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });

  it("an upload naming both a line and a request, or neither, is a validation error", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const both = upload(w.lineA.id);
    both.set("requestId", w.requestA.id);
    expect(await attachEvidenceAction(w.a.organization.slug, both)).toMatchObject({ ok: false, error: "VALIDATION" });
    const neither = upload(w.lineA.id);
    neither.delete("activityId");
    expect(await attachEvidenceAction(w.a.organization.slug, neither)).toMatchObject({
      ok: false,
      error: "VALIDATION",
    });
    expect(await db.evidenceFile.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
  });

  it("inside A: a viewer downloads but cannot attach; the file comes back as an attachment, never sniffed", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const saved = await attachEvidenceAction(w.a.organization.slug, upload(w.lineA.id));
    expect(saved).toMatchObject({ ok: true, data: { mediaType: "application/pdf", fileName: "intrus.pdf" } });
    const id = saved.ok ? saved.data.id : "";

    w.signInAs("VIEWER");
    expect(await attachEvidenceAction(w.a.organization.slug, upload(w.lineA.id))).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    const response = await get(w.a.organization.slug, id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="intrus.pdf"/);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("inside A: a contributor cannot attach to a line someone else entered", async () => {
    const w = await world();
    w.signInAs("CONTRIBUTOR");
    expect(await attachEvidenceAction(w.a.organization.slug, upload(w.lineA.id))).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
  });
});
