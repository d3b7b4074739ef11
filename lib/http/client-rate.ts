import "server-only";
import type { Db } from "@/lib/db/client";

// Per-client request limit over fixed windows, counted in PostgreSQL (one upsert per request) so it holds
// across app instances: the API tokens' limiter (lib/api-tokens/rate-limit.ts) keyed by client instead.
// `clientKey` must come from throttleKeyOf(clientAddressOf(headers)) (the server-stamped address, IPv6 by
// /64), never from a header the client wrote. Unknown clients share one key, so they cannot dodge the limit.
export const UNKNOWN_CLIENT = "unknown";

export type TClientRateDecision = { allowed: boolean; retryAfterSeconds: number };

export async function consumeClientRate(
  db: Db,
  input: { scope: string; clientKey: string | null; limit: number; windowMs: number; now?: Date },
): Promise<TClientRateDecision> {
  const now = input.now ?? new Date();
  const clientKey = input.clientKey ?? UNKNOWN_CLIENT;
  const windowStart = new Date(Math.floor(now.getTime() / input.windowMs) * input.windowMs);
  // One statement: the client's earlier windows are cleared as the current one is counted.
  const [row] = await db.$queryRaw<{ count: number }[]>`
    WITH cleared AS (
      DELETE FROM "ClientRateWindow"
      WHERE "scope" = ${input.scope} AND "clientKey" = ${clientKey} AND "windowStart" < ${windowStart}
    )
    INSERT INTO "ClientRateWindow" ("scope", "clientKey", "windowStart", "count")
    VALUES (${input.scope}, ${clientKey}, ${windowStart}, 1)
    ON CONFLICT ("scope", "clientKey", "windowStart") DO UPDATE SET "count" = "ClientRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + input.windowMs - now.getTime()) / 1000));
  return { allowed: count <= input.limit, retryAfterSeconds };
}
