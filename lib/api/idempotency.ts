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

export type TStoredAnswer = { status: number; body: unknown; replayed: boolean };

export const payloadHash = (payload: unknown) => createHash("sha256").update(canonicalJson(payload)).digest("hex");

async function claim(db: Db, organizationId: string, key: string, requestHash: string): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "ApiIdempotencyKey" ("organizationId", "key", "requestHash", "status")
    VALUES (${organizationId}, ${key}, ${requestHash}, 0) ON CONFLICT DO NOTHING`;
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
