import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { attachEvidence, deleteEvidence } from "@/lib/evidence/mutations";
import { listEvidence, readEvidence } from "@/lib/evidence/queries";
import { EVIDENCE_MAX_BYTES } from "@/lib/evidence/rules";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n", "latin1");
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

async function setup(roles: Role[] = ["OWNER", "MANAGER", "CONTRIBUTOR"]) {
  const t = await tenantWithPeriods(db, [2024], { roles });
  const as = (role: Role) => ({ ...t.scope(role), role });
  const activity = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
  return { t, as, activity };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : e),
  );

describe("evidence documents", () => {
  it("stores a PDF invoice on the line with its detected type, size and sha256, audited", async () => {
    const { t, as, activity } = await setup();
    const saved = await attachEvidence(db, as("MANAGER"), {
      activityId: activity.id,
      fileName: "C:\\factures\\EDF 2024.pdf",
      bytes: PDF,
    });
    expect(saved).toMatchObject({ fileName: "EDF 2024.pdf", mediaType: "application/pdf", sizeBytes: PDF.length });
    expect(saved.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));

    const listed = await listEvidence(db, t.organizationId, activity.id);
    expect(listed.map((f) => [f.fileName, f.uploadedBy])).toEqual([
      ["EDF 2024.pdf", t.organization.name.replace("Test Org", "MANAGER")],
    ]);
    const read = await readEvidence(db, t.organizationId, saved.id);
    expect(Buffer.from(read!.content).equals(PDF)).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: saved.id } });
    expect(audit.map((a) => a.action)).toEqual(["evidence.attach"]);
    expect(audit[0]?.after).toMatchObject({ activityId: activity.id, mediaType: "application/pdf" });
  });

  it("refuses a renamed executable, an empty file and an oversized one, storing nothing", async () => {
    const { t, as, activity } = await setup();
    const owner = as("OWNER");
    expect(
      await rejection(attachEvidence(db, owner, { activityId: activity.id, fileName: "f.pdf", bytes: ELF })),
    ).toEqual({
      code: "VALIDATION",
      fieldErrors: { file: "evidence.errors.type" },
    });
    expect(
      await rejection(
        attachEvidence(db, owner, { activityId: activity.id, fileName: "f.pdf", bytes: new Uint8Array() }),
      ),
    ).toMatchObject({ fieldErrors: { file: "evidence.errors.empty" } });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    expect(
      await rejection(attachEvidence(db, owner, { activityId: activity.id, fileName: "f.csv", bytes: big })),
    ).toMatchObject({ fieldErrors: { file: "evidence.errors.tooLarge" } });
    expect(await db.evidenceFile.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("lets a contributor change evidence only on their own lines, and nobody in a locked period", async () => {
    const { t, as, activity } = await setup();
    const contributor = as("CONTRIBUTOR");
    expect(
      await rejection(attachEvidence(db, contributor, { activityId: activity.id, fileName: "a.pdf", bytes: PDF })),
    ).toMatchObject({ code: "FORBIDDEN" });
    const own = await createActivity(db, t.scope("CONTRIBUTOR"), electricity(t.periodOf(2024)));
    const file = await attachEvidence(db, contributor, { activityId: own.id, fileName: "a.pdf", bytes: PDF });

    await setPeriodLocked(db, t.scope("OWNER"), t.periodOf(2024), true);
    expect(await rejection(deleteEvidence(db, as("OWNER"), file.id))).toMatchObject({ code: "PERIOD_LOCKED" });
    expect(
      await rejection(attachEvidence(db, as("OWNER"), { activityId: own.id, fileName: "b.pdf", bytes: PDF })),
    ).toMatchObject({ code: "PERIOD_LOCKED" });
    expect(await db.evidenceFile.count({ where: { organizationId: t.organizationId } })).toBe(1);
  });

  it("never reaches another organisation's line or document", async () => {
    const a = await setup();
    const b = await setup();
    const file = await attachEvidence(db, a.as("OWNER"), { activityId: a.activity.id, fileName: "a.pdf", bytes: PDF });
    expect(
      await rejection(attachEvidence(db, b.as("OWNER"), { activityId: a.activity.id, fileName: "x.pdf", bytes: PDF })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(deleteEvidence(db, b.as("OWNER"), file.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await readEvidence(db, b.t.organizationId, file.id)).toBeNull();
    expect(await listEvidence(db, b.t.organizationId, a.activity.id)).toEqual([]);
    expect(await db.evidenceFile.count({ where: { id: file.id } })).toBe(1);
  });

  it("removes a document, audited with what it was, and deleting the line takes its documents with it", async () => {
    const { t, as, activity } = await setup();
    const file = await attachEvidence(db, as("OWNER"), { activityId: activity.id, fileName: "a.pdf", bytes: PDF });
    await deleteEvidence(db, as("MANAGER"), file.id);
    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: file.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["evidence.attach", "evidence.delete"]);
    expect(audit.find((a) => a.action === "evidence.delete")?.before).toMatchObject({ fileName: "a.pdf" });
    expect(await listEvidence(db, t.organizationId, activity.id)).toEqual([]);
  });
});
