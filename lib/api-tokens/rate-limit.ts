import "server-only";
import type { Db } from "@/lib/db/client";

// Per-token request limit over fixed one-minute windows, counted in PostgreSQL (one upsert per request) so
// it holds across app instances, like sign-in throttling (lib/auth/throttle.ts). Never process memory.
const WINDOW_MS = 60_000;

export type TRateDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

export async function consumeApiRate(db: Db, tokenId: string, limit: number, now = new Date()): Promise<TRateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  // The window's first request clears the token's earlier windows.
  if (count === 1) await db.apiRateWindow.deleteMany({ where: { tokenId, windowStart: { lt: windowStart } } });
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}
