import type { Db } from "@/lib/db/client";

// Reads of evidence documents; every one carries the organisation, so a foreign id finds nothing.

export type TEvidenceSummary = {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedBy: string | null;
};

export async function listEvidence(db: Db, organizationId: string, activityId: string): Promise<TEvidenceSummary[]> {
  const rows = await db.evidenceFile.findMany({
    where: { organizationId, activityId },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true, createdAt: true, uploadedById: true },
  });
  const uploaderIds = [...new Set(rows.flatMap((r) => (r.uploadedById ? [r.uploadedById] : [])))];
  const users = uploaderIds.length
    ? await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ uploadedById, ...r }) => ({
    ...r,
    uploadedBy: uploadedById ? (nameOf.get(uploadedById) ?? null) : null,
  }));
}

/** The document's bytes, for a download; null when it is not this organisation's. */
export async function readEvidence(db: Db, organizationId: string, evidenceId: string) {
  return db.evidenceFile.findFirst({
    where: { id: evidenceId, organizationId },
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true, content: true, activityId: true },
  });
}
