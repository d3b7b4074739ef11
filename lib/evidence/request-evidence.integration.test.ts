import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { attachEvidence, deleteEvidence } from "@/lib/evidence/mutations";
import { listRequestEvidence } from "@/lib/evidence/queries";
import { EVIDENCE_MAX_BYTES } from "@/lib/evidence/rules";
import { createRequest, deleteRequest } from "@/lib/requests/mutations";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n", "latin1");
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

// A manager's request assigned to the contributor; a second contributor who is not its assignee.
async function setup() {
  const t = await tenantWithPeriods(db, [2025], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  const request = await createRequest(db, t.scope("MANAGER"), {
    category: "energy",
    periodId: t.periodOf(2025),
    siteId: null,
    assigneeId: t.actorOf("CONTRIBUTOR").id,
    dueDate: "2026-03-31",
    instructions: "Last year's invoices attached",
  });
  const other = await db.user.create({
    data: { email: `other-${uniqueSuffix()}@test.example`, name: "Other", passwordHash: "not-a-real-hash" },
  });
  await db.membership.create({ data: { organizationId: t.organizationId, userId: other.id, role: "CONTRIBUTOR" } });
  const as = (role: Role) => ({ ...t.scope(role), role });
  const otherContributor = { organizationId: t.organizationId, actor: { id: other.id, email: other.email }, role };
  return { t, request, as, otherContributor };
}
const role = "CONTRIBUTOR" as const;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : e),
  );
const count = (organizationId: string) => db.evidenceFile.count({ where: { organizationId } });

describe("documents on a data request", () => {
  it("the requesting manager and the assignee attach, audited with the request; others are refused", async () => {
    const { t, request, as, otherContributor } = await setup();
    const template = await attachEvidence(db, as("MANAGER"), {
      requestId: request.id,
      fileName: "modèle.pdf",
      bytes: PDF,
    });
    const invoice = await attachEvidence(db, as("CONTRIBUTOR"), {
      requestId: request.id,
      fileName: "facture 2024.pdf",
      bytes: PDF,
    });
    expect(template).toMatchObject({ fileName: "modèle.pdf", mediaType: "application/pdf" });
    for (const stranger of [otherContributor, as("VIEWER")]) {
      expect(
        await rejection(attachEvidence(db, stranger, { requestId: request.id, fileName: "x.pdf", bytes: PDF })),
      ).toMatchObject({ code: "FORBIDDEN" });
    }
    const listed = await listRequestEvidence(db, t.organizationId, [request.id]);
    expect(listed.get(request.id)?.map((f) => [f.fileName, f.uploadedById])).toEqual([
      ["modèle.pdf", t.actorOf("MANAGER").id],
      ["facture 2024.pdf", t.actorOf("CONTRIBUTOR").id],
    ]);
    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: invoice.id } });
    expect(audit).toMatchObject([
      { action: "evidence.attach", after: { requestId: request.id, sizeBytes: PDF.length } },
    ]);
  });

  it("checks the type from the content and the size exactly as on a line, storing nothing", async () => {
    const { t, request, as } = await setup();
    expect(
      await rejection(attachEvidence(db, as("MANAGER"), { requestId: request.id, fileName: "a.pdf", bytes: ELF })),
    ).toEqual({ code: "VALIDATION", fieldErrors: { file: "evidence.errors.type" } });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    expect(
      await rejection(attachEvidence(db, as("MANAGER"), { requestId: request.id, fileName: "a.csv", bytes: big })),
    ).toMatchObject({ fieldErrors: { file: "evidence.errors.tooLarge" } });
    expect(await count(t.organizationId)).toBe(0);
  });

  it("lets the uploader or a manager remove a document, not the assignee someone else's", async () => {
    const { t, request, as } = await setup();
    const template = await attachEvidence(db, as("MANAGER"), { requestId: request.id, fileName: "m.pdf", bytes: PDF });
    const own = await attachEvidence(db, as("CONTRIBUTOR"), { requestId: request.id, fileName: "c.pdf", bytes: PDF });
    const second = await attachEvidence(db, as("CONTRIBUTOR"), {
      requestId: request.id,
      fileName: "d.pdf",
      bytes: PDF,
    });
    expect(await rejection(deleteEvidence(db, as("CONTRIBUTOR"), template.id))).toMatchObject({ code: "FORBIDDEN" });
    await deleteEvidence(db, as("CONTRIBUTOR"), own.id);
    await deleteEvidence(db, as("OWNER"), second.id);
    expect((await listRequestEvidence(db, t.organizationId, [request.id])).get(request.id)?.map((f) => f.id)).toEqual([
      template.id,
    ]);
    const removed = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, action: "evidence.delete" },
    });
    expect(removed.map((a) => a.entityId).sort()).toEqual([own.id, second.id].sort());
  });

  it("never reaches another organisation's request or its documents", async () => {
    const a = await setup();
    const b = await setup();
    const fileB = await attachEvidence(db, b.as("MANAGER"), { requestId: b.request.id, fileName: "b.pdf", bytes: PDF });
    expect(
      await rejection(attachEvidence(db, a.as("OWNER"), { requestId: b.request.id, fileName: "x.pdf", bytes: PDF })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(deleteEvidence(db, a.as("OWNER"), fileB.id))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listRequestEvidence(db, a.t.organizationId, [b.request.id])).size).toBe(0);
    expect(await count(b.t.organizationId)).toBe(1);
  });

  it("a document has exactly one owner (database CHECK), and deleting the request deletes its documents", async () => {
    const { t, request, as } = await setup();
    const line = await createActivity(db, t.scope("MANAGER"), electricity(t.periodOf(2025)));
    const raw = (activityId: string | null, requestId: string | null) =>
      db.$executeRaw`INSERT INTO "EvidenceFile" ("id", "organizationId", "activityId", "requestId", "fileName", "mediaType", "sizeBytes", "sha256", "content")
        VALUES (${`raw-${uniqueSuffix()}`}, ${t.organizationId}, ${activityId}, ${requestId}, 'a.pdf', 'application/pdf', 1, 'x', '\\x00'::bytea)`;
    await expect(raw(null, null)).rejects.toThrow(/EvidenceFile_one_owner/);
    await expect(raw(line.id, request.id)).rejects.toThrow(/EvidenceFile_one_owner/);
    expect(await count(t.organizationId)).toBe(0);
    await attachEvidence(db, as("MANAGER"), { requestId: request.id, fileName: "m.pdf", bytes: PDF });
    await deleteRequest(db, t.scope("MANAGER"), request.id);
    expect(await count(t.organizationId)).toBe(0);
  });
});
