import { afterAll, describe, expect, it } from "vitest";
import { consumeClientRate } from "@/lib/http/client-rate";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

// The per-client limiter against a real PostgreSQL: one statement counts the window and clears older ones.
const db = testDb();
afterAll(() => db.$disconnect());

const T0 = new Date("2025-06-15T10:00:05Z");
const rate = (clientKey: string, now: Date) =>
  consumeClientRate(db, { scope: "test.rate", clientKey, limit: 3, windowMs: 60_000, now });
const windowsOf = (clientKey: string) =>
  db.clientRateWindow.findMany({
    where: { scope: "test.rate", clientKey },
    select: { windowStart: true, count: true },
  });

describe("per-client rate windows", () => {
  it("allow the limit, refuse beyond it with the seconds to wait, and start again next window", async () => {
    const client = `client-${uniqueSuffix()}`;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await rate(client, T0));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]?.retryAfterSeconds).toBe(55);
    expect(await windowsOf(client)).toEqual([{ windowStart: new Date("2025-06-15T10:00:00Z"), count: 4 }]);

    const next = await rate(client, new Date("2025-06-15T10:01:10Z"));
    expect(next.allowed).toBe(true);
    // The earlier window is gone: the table holds one row per active client, not one per minute ever seen.
    expect(await windowsOf(client)).toEqual([{ windowStart: new Date("2025-06-15T10:01:00Z"), count: 1 }]);
  });

  it("count each client apart", async () => {
    const [a, b] = [`a-${uniqueSuffix()}`, `b-${uniqueSuffix()}`];
    for (let i = 0; i < 3; i++) await rate(a, T0);
    expect((await rate(b, T0)).allowed).toBe(true);
    expect((await rate(a, T0)).allowed).toBe(false);
  });
});
