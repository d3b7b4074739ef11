// The bytes and rows an import keeps besides its Import row: the original file (chunks of 1 MB, streamed
// back on download) and the parsed rows (1,000 per chunk, what the commit job computes and writes from).
// Every predicate carries the organisation.
import { Readable } from "node:stream";
import type { Db, Prisma } from "@/lib/db/client";
import type { TImportInputRow } from "@/lib/imports/compute";

export const FILE_CHUNK_BYTES = 1 << 20;
export const INPUT_CHUNK_ROWS = 1000;

type TScope = { organizationId: string };
type TClient = Db | Prisma.TransactionClient;

export async function storeFile(tx: TClient, { organizationId }: TScope, importId: string, bytes: Uint8Array) {
  const count = Math.max(1, Math.ceil(bytes.length / FILE_CHUNK_BYTES));
  for (let seq = 0; seq < count; seq++) {
    const part = Buffer.from(bytes.subarray(seq * FILE_CHUNK_BYTES, (seq + 1) * FILE_CHUNK_BYTES));
    await tx.importFileChunk.create({ data: { importId, organizationId, seq, bytes: part } });
  }
}

/** The original file, chunk by chunk (one chunk in memory at a time). */
export function fileStream(db: Db, { organizationId }: TScope, importId: string): ReadableStream<Uint8Array> {
  let seq = 0;
  const node = new Readable({
    async read() {
      try {
        const chunk = await db.importFileChunk.findFirst({
          where: { importId, organizationId, seq },
          select: { bytes: true },
        });
        seq += 1;
        this.push(chunk ? Buffer.from(chunk.bytes) : null);
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
  return Readable.toWeb(node) as ReadableStream<Uint8Array>;
}

/** JSON text cast in SQL: Prisma's own JSON handling costs more than computing the rows. */
export async function storeInputRows(
  tx: TClient,
  { organizationId }: TScope,
  importId: string,
  rows: readonly TImportInputRow[],
) {
  for (let seq = 0; seq * INPUT_CHUNK_ROWS < rows.length; seq++) {
    const part = rows.slice(seq * INPUT_CHUNK_ROWS, (seq + 1) * INPUT_CHUNK_ROWS);
    await tx.$executeRaw`
      INSERT INTO "ImportInputChunk" ("importId", "organizationId", "seq", "rows")
      VALUES (${importId}, ${organizationId}, ${seq}, ${JSON.stringify(part)}::jsonb)`;
  }
}

export async function inputChunkCount(db: TClient, { organizationId }: TScope, importId: string): Promise<number> {
  return db.importInputChunk.count({ where: { importId, organizationId } });
}

export async function readInputChunk(
  db: TClient,
  { organizationId }: TScope,
  importId: string,
  seq: number,
): Promise<TImportInputRow[]> {
  const chunk = await db.importInputChunk.findFirst({
    where: { importId, organizationId, seq },
    select: { rows: true },
  });
  return (chunk?.rows ?? []) as unknown as TImportInputRow[];
}
