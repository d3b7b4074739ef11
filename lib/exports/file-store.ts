import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import type { Db } from "@/lib/db/client";

// Export files in PostgreSQL (ExportFile + ExportFileChunk): written as a stream in chunks of about 1 MB
// (each insert awaited, so a slow database slows the writer instead of filling memory) and read back
// chunk by chunk. Every predicate carries the organisation; a file is served only once complete.

export const CHUNK_BYTES = 1 << 20;

type TScope = { organizationId: string };

export type TExportFileMeta = {
  id: string;
  kind: string;
  periodId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  rows: number;
  createdAt: Date;
};

const META = {
  id: true,
  kind: true,
  periodId: true,
  fileName: true,
  mediaType: true,
  sizeBytes: true,
  rows: true,
  createdAt: true,
} as const;

export async function createExportFile(
  db: Db,
  { organizationId }: TScope,
  file: { kind: string; periodId: string; jobRunId: string; fileName: string; mediaType: string; createdById: string },
): Promise<string> {
  const { id } = await db.exportFile.create({ data: { organizationId, ...file }, select: { id: true } });
  return id;
}

/** A writable stream into the file's chunks; `finish` fires once the last chunk is stored. */
export function exportFileWriter(db: Db, { organizationId }: TScope, exportFileId: string) {
  const hash = createHash("sha256");
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let size = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await db.exportFileChunk.create({ data: { exportFileId, organizationId, seq: seq++, bytes } });
  };
  const stream = new Writable({
    highWaterMark: CHUNK_BYTES,
    write(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < CHUNK_BYTES) return done();
      flush().then(() => done(), done);
    },
    final(done) {
      flush().then(() => done(), done);
    },
  });
  return { stream, summary: () => ({ sizeBytes: size, sha256: hash.digest("hex") }) };
}

export async function completeExportFile(
  db: Db,
  { organizationId }: TScope,
  exportFileId: string,
  done: { sizeBytes: number; sha256: string; rows: number },
): Promise<void> {
  await db.exportFile.updateMany({ where: { id: exportFileId, organizationId }, data: { ...done, complete: true } });
}

/** An unfinished file (its build failed): removed with its chunks; a complete file is never touched. */
export async function discardExportFile(db: Db, { organizationId }: TScope, exportFileId: string): Promise<void> {
  await db.exportFile.deleteMany({ where: { id: exportFileId, organizationId, complete: false } });
}

/** Earlier files of the same kind and period (a newer one replaces them), and unfinished ones of dead runs. */
export async function pruneExportFiles(
  db: Db,
  { organizationId }: TScope,
  keep: { id: string; kind: string; periodId: string },
): Promise<number> {
  const { count } = await db.exportFile.deleteMany({
    where: { organizationId, kind: keep.kind, periodId: keep.periodId, id: { not: keep.id } },
  });
  return count;
}

export async function findExportFile(db: Db, { organizationId }: TScope, id: string): Promise<TExportFileMeta | null> {
  return db.exportFile.findFirst({ where: { id, organizationId, complete: true }, select: META });
}

/** The file's bytes as a web stream, one chunk (≈ 1 MB) read at a time. */
export function exportFileStream(db: Db, { organizationId }: TScope, id: string): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.exportFileChunk.findFirst({
        where: { exportFileId: id, organizationId, seq },
        select: { bytes: true },
      });
      if (!chunk) return controller.close();
      seq += 1;
      controller.enqueue(new Uint8Array(chunk.bytes));
    },
  });
}
