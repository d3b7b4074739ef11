import { createHash } from "node:crypto";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { EffectiveRole } from "@/lib/permissions";
import { cleanFileName, detectEvidenceType } from "@/lib/evidence/detect";
import { mayEditActivity } from "@/lib/activity/edit-rights";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES_PER_LINE } from "@/lib/evidence/rules";

// Attaching and removing evidence documents. Both change what backs an inventory line, so both are
// audited in the same transaction and refused in a locked period.

export type TEvidenceActor = TenantScope & { role: EffectiveRole };

const fieldError = (message: string) => new AppError("VALIDATION", { file: message });

async function lineFor(tx: Tx, scope: TEvidenceActor, activityId: string) {
  const activity = await tx.activityData.findFirst({
    where: { id: activityId, organizationId: scope.organizationId },
    select: { id: true, createdById: true, period: { select: { status: true } } },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  if (!mayEditActivity({ role: scope.role, userId: scope.actor.id }, activity)) throw new AppError("FORBIDDEN");
  if (activity.period.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
  return activity;
}

export async function attachEvidence(
  db: Db,
  scope: TEvidenceActor,
  input: { activityId: string; fileName: string; bytes: Uint8Array },
) {
  if (input.bytes.length === 0) throw fieldError("evidence.errors.empty");
  if (input.bytes.length > EVIDENCE_MAX_BYTES) throw fieldError("evidence.errors.tooLarge");
  const fileName = cleanFileName(input.fileName);
  const mediaType = await detectEvidenceType(input.bytes, fileName);
  if (!mediaType) throw fieldError("evidence.errors.type");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");

  return db.$transaction(async (tx) => {
    const activity = await lineFor(tx, scope, input.activityId);
    const count = await tx.evidenceFile.count({
      where: { organizationId: scope.organizationId, activityId: activity.id },
    });
    if (count >= EVIDENCE_MAX_FILES_PER_LINE) throw fieldError("evidence.errors.tooMany");
    const file = await tx.evidenceFile.create({
      data: {
        organizationId: scope.organizationId,
        activityId: activity.id,
        fileName,
        mediaType,
        sizeBytes: input.bytes.length,
        sha256,
        content: Buffer.from(input.bytes),
        uploadedById: scope.actor.id,
      },
      select: { id: true, fileName: true, mediaType: true, sizeBytes: true, sha256: true, createdAt: true },
    });
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: "evidence.attach",
      entityType: "EvidenceFile",
      entityId: file.id,
      after: { activityId: activity.id, fileName, mediaType, sizeBytes: file.sizeBytes, sha256 },
    });
    return file;
  });
}

export async function deleteEvidence(db: Db, scope: TEvidenceActor, evidenceId: string) {
  await db.$transaction(async (tx) => {
    const file = await tx.evidenceFile.findFirst({
      where: { id: evidenceId, organizationId: scope.organizationId },
      select: { id: true, activityId: true, fileName: true, mediaType: true, sizeBytes: true, sha256: true },
    });
    if (!file) throw new AppError("NOT_FOUND");
    await lineFor(tx, scope, file.activityId);
    const { count } = await tx.evidenceFile.deleteMany({
      where: { id: file.id, organizationId: scope.organizationId },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: "evidence.delete",
      entityType: "EvidenceFile",
      entityId: file.id,
      before: file,
    });
  });
}
