import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/activity/columns";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Client-supplied idempotency keys of bulk writes, per organisation. A key is claimed (status 0) before the
// write runs, so two concurrent calls with one key cannot both write; a successful answer is stored and
// replayed to the same key with the same payload; another payload under that key is a CONFLICT. A failed
// write (nothing written) frees its key so the client can retry it. A claim older than the longest bulk
// transaction (its process died) is taken over.
const STALE_CLAIM_MS = 11 * 60_000;
// Keys live 24 hours (docs/api.md): after that the same key is a new request. There is no scheduled job
// for it: each claim deletes, in its own transaction, that key if expired and up to PURGE_BATCH of the
// organisation's oldest expired keys (index organizationId + createdAt; rows another claim is deleting are
// skipped, never waited for), so the table holds about a day of keys per organisation.
export const IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000;
export const PURGE_BATCH = 100;

export type TStoredAnswer = { status: number; body: unknown; replayed: boolean };

export const payloadHash = (payload: unknown) => createHash("sha256").update(canonicalJson(payload)).digest("hex");

async function claim(db: Db, organizationId: string, key: string, requestHash: string): Promise<boolean> {
  const expiredBefore = new Date(Date.now() - IDEMPOTENCY_RETENTION_MS);
  const [, , inserted] = await db.$transaction([
    db.$executeRaw`
      DELETE FROM "ApiIdempotencyKey"
      WHERE "organizationId" = ${organizationId} AND "key" = ${key} AND "createdAt" < ${expiredBefore}`,
    db.$executeRaw`
      DELETE FROM "ApiIdempotencyKey" WHERE "organizationId" = ${organizationId} AND "key" IN (
        SELECT "key" FROM "ApiIdempotencyKey"
        WHERE "organizationId" = ${organizationId} AND "createdAt" < ${expiredBefore}
        ORDER BY "createdAt" LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
    db.$executeRaw`
      INSERT INTO "ApiIdempotencyKey" ("organizationId", "key", "requestHash", "status")
      VALUES (${organizationId}, ${key}, ${requestHash}, 0) ON CONFLICT DO NOTHING`,
  ]);
  return inserted === 1;
}

export async function withIdempotencyKey(
  db: Db,
  { organizationId, key, payload }: { organizationId: string; key: string | undefined; payload: unknown },
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<TStoredAnswer> {
  if (key === undefined) return { ...(await run()), replayed: false };
  const requestHash = payloadHash(payload);
  const where = { organizationId_key: { organizationId, key } };
  if (!(await claim(db, organizationId, key, requestHash))) {
    const existing = await db.apiIdempotencyKey.findUnique({ where });
    if (existing && existing.requestHash !== requestHash)
      throw new AppError("CONFLICT", { idempotencyKey: "api.errors.idempotencyKeyReused" });
    if (existing && existing.status !== 0) return { status: existing.status, body: existing.response, replayed: true };
    const stale = existing === null || Date.now() - existing.createdAt.getTime() > STALE_CLAIM_MS;
    if (!stale) throw new AppError("CONFLICT", { idempotencyKey: "api.errors.idempotencyInProgress" });
    await db.apiIdempotencyKey.deleteMany({ where: { organizationId, key, status: 0 } });
    if (!(await claim(db, organizationId, key, requestHash)))
      throw new AppError("CONFLICT", { idempotencyKey: "api.errors.idempotencyInProgress" });
  }
  try {
    const answer = await run();
    // JSON text cast in SQL: Prisma compiles a JSON value of thousands of results anew on every call.
    await db.$executeRaw`
      UPDATE "ApiIdempotencyKey" SET "status" = ${answer.status}, "response" = ${JSON.stringify(answer.body)}::jsonb
      WHERE "organizationId" = ${organizationId} AND "key" = ${key} AND "status" = 0`;
    return { ...answer, replayed: false };
  } catch (error) {
    await db.apiIdempotencyKey.deleteMany({ where: { organizationId, key, status: 0 } });
    throw error;
  }
}
