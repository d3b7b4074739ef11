import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cleanFileName, detectEvidenceType } from "@/lib/evidence/detect";
import { assertMayRemove, ownerToAttach, type TEvidenceActor, type TEvidenceOwner } from "@/lib/evidence/owners";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES_PER_OWNER } from "@/lib/evidence/rules";

// Attaching and removing evidence documents, on an activity line or a data request (lib/evidence/owners.ts
// says who may, per owner). Both are audited in the same transaction; a line's documents are refused in a
// locked period.

export type { TEvidenceActor, TEvidenceOwner };

const fieldError = (message: string) => new AppError("VALIDATION", { file: message });

export async function attachEvidence(
  db: Db,
  scope: TEvidenceActor,
  input: TEvidenceOwner & { fileName: string; bytes: Uint8Array },
) {
  if (input.bytes.length === 0) throw fieldError("evidence.errors.empty");
  if (input.bytes.length > EVIDENCE_MAX_BYTES) throw fieldError("evidence.errors.tooLarge");
  const fileName = cleanFileName(input.fileName);
  const mediaType = await detectEvidenceType(input.bytes, fileName);
  if (!mediaType) throw fieldError("evidence.errors.type");
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");

  return db.$transaction(async (tx) => {
    const owner = await ownerToAttach(tx, scope, input);
    const count = await tx.evidenceFile.count({ where: { organizationId: scope.organizationId, ...owner } });
    if (count >= EVIDENCE_MAX_FILES_PER_OWNER) throw fieldError("evidence.errors.tooMany");
    const file = await tx.evidenceFile.create({
      data: {
        organizationId: scope.organizationId,
        ...owner,
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
      after: { ...owner, fileName, mediaType, sizeBytes: file.sizeBytes, sha256 },
    });
    return file;
  });
}

export async function deleteEvidence(db: Db, scope: TEvidenceActor, evidenceId: string) {
  await db.$transaction(async (tx) => {
    const file = await tx.evidenceFile.findFirst({
      where: { id: evidenceId, organizationId: scope.organizationId },
      select: {
        id: true,
        activityId: true,
        requestId: true,
        uploadedById: true,
        fileName: true,
        mediaType: true,
        sizeBytes: true,
        sha256: true,
      },
    });
    if (!file) throw new AppError("NOT_FOUND");
    await assertMayRemove(tx, scope, file);
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
