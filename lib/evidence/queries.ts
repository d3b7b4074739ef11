import type { Db } from "@/lib/db/client";

// Reads of evidence documents; every one carries the organisation, so a foreign id finds nothing.

export type TEvidenceSummary = {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedById: string | null;
  uploadedBy: string | null;
};

const SUMMARY = {
  id: true,
  fileName: true,
  mediaType: true,
  sizeBytes: true,
  createdAt: true,
  uploadedById: true,
  activityId: true,
  requestId: true,
} as const;

async function withUploaders<R extends { uploadedById: string | null }>(db: Db, rows: R[]) {
  const uploaderIds = [...new Set(rows.flatMap((r) => (r.uploadedById ? [r.uploadedById] : [])))];
  const users = uploaderIds.length
    ? await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, uploadedBy: r.uploadedById ? (nameOf.get(r.uploadedById) ?? null) : null }));
}

export async function listEvidence(db: Db, organizationId: string, activityId: string): Promise<TEvidenceSummary[]> {
  const rows = await db.evidenceFile.findMany({
    where: { organizationId, activityId },
    orderBy: { createdAt: "asc" },
    select: SUMMARY,
  });
  return (await withUploaders(db, rows)).map(({ activityId: _a, requestId: _r, ...summary }) => summary);
}

/** The documents of these data requests (the caller passes only requests the person may see), by request. */
export async function listRequestEvidence(
  db: Db,
  organizationId: string,
  requestIds: readonly string[],
): Promise<Map<string, TEvidenceSummary[]>> {
  const byRequest = new Map<string, TEvidenceSummary[]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await db.evidenceFile.findMany({
    where: { organizationId, requestId: { in: [...requestIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SUMMARY,
  });
  for (const { activityId: _a, requestId, ...summary } of await withUploaders(db, rows)) {
    if (requestId === null) continue;
    byRequest.set(requestId, [...(byRequest.get(requestId) ?? []), summary]);
  }
  return byRequest;
}

/** The document's bytes, for a download, with the request it backs (for its visibility); null when not this organisation's. */
export async function readEvidence(db: Db, organizationId: string, evidenceId: string) {
  return db.evidenceFile.findFirst({
    where: { id: evidenceId, organizationId },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      content: true,
      activityId: true,
      request: { select: { assigneeId: true } },
    },
  });
}
