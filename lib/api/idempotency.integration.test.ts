import { afterAll, describe, expect, it } from "vitest";
import { IDEMPOTENCY_RETENTION_MS, PURGE_BATCH, withIdempotencyKey } from "@/lib/api/idempotency";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

// Idempotency keys expire after the retention: a new claim deletes that key if expired and a bounded
// batch of its organisation's oldest expired keys, and never touches live keys or other organisations'.
const db = testDb();
afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function seedKeys(organizationId: string, prefix: string, count: number, createdAt: Date) {
  await db.apiIdempotencyKey.createMany({
    data: Array.from({ length: count }, (_, n) => ({
      organizationId,
      key: `${prefix}-${n}`,
      requestHash: "h",
      status: 200,
      response: { n },
      createdAt,
    })),
  });
}

const keysOf = async (organizationId: string) =>
  (await db.apiIdempotencyKey.findMany({ where: { organizationId }, select: { key: true } })).map((k) => k.key).sort();

const answer = (body: unknown) => async () => ({ status: 200, body });

describe("idempotency key expiry", () => {
  it("a new key deletes the organisation's expired keys, keeps the live ones and other organisations' keys", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const orgA = a.organization.id;
    await seedKeys(orgA, "old", 3, ago(IDEMPOTENCY_RETENTION_MS + HOUR));
    await seedKeys(orgA, "fresh", 2, ago(IDEMPOTENCY_RETENTION_MS - HOUR));
    await seedKeys(b.organization.id, "old", 2, ago(IDEMPOTENCY_RETENTION_MS + HOUR));

    await withIdempotencyKey(db, { organizationId: orgA, key: "new", payload: [1] }, answer({ ok: 1 }));
    expect(await keysOf(orgA)).toEqual(["fresh-0", "fresh-1", "new"]);
    expect(await keysOf(b.organization.id)).toEqual(["old-0", "old-1"]);
    // A call without a key writes no key and deletes nothing.
    await withIdempotencyKey(db, { organizationId: b.organization.id, key: undefined, payload: [1] }, answer({}));
    expect(await keysOf(b.organization.id)).toEqual(["old-0", "old-1"]);
  });

  it("deletes at most one batch per claim, oldest first, so a backlog drains without a long statement", async () => {
    const { organization } = await createTenant(db);
    await seedKeys(organization.id, "older", PURGE_BATCH, ago(IDEMPOTENCY_RETENTION_MS + 3 * HOUR));
    await seedKeys(organization.id, "old", 20, ago(IDEMPOTENCY_RETENTION_MS + HOUR));
    await withIdempotencyKey(db, { organizationId: organization.id, key: "k1", payload: [] }, answer({}));
    expect(await keysOf(organization.id)).toEqual(["k1", ...Array.from({ length: 20 }, (_, n) => `old-${n}`)].sort());
    await withIdempotencyKey(db, { organizationId: organization.id, key: "k2", payload: [] }, answer({}));
    expect(await keysOf(organization.id)).toEqual(["k1", "k2"]);
  });

  it("an expired key is a new request: it runs again and stores the new answer; a live one replays", async () => {
    const { organization } = await createTenant(db);
    const organizationId = organization.id;
    // More expired keys than one batch, older than the reused one: it is deleted all the same.
    await seedKeys(organizationId, "older", PURGE_BATCH + 5, ago(IDEMPOTENCY_RETENTION_MS + 5 * HOUR));
    await db.apiIdempotencyKey.create({
      data: { organizationId, key: "batch-1", requestHash: "other", status: 200, response: { n: "first" } },
    });
    await db.apiIdempotencyKey.updateMany({
      where: { organizationId, key: "batch-1" },
      data: { createdAt: ago(IDEMPOTENCY_RETENTION_MS + HOUR) },
    });
    let runs = 0;
    const run = async () => ({ status: 200, body: { n: ++runs } });
    const again = await withIdempotencyKey(db, { organizationId, key: "batch-1", payload: ["x"] }, run);
    expect(again).toEqual({ status: 200, body: { n: 1 }, replayed: false });
    const replay = await withIdempotencyKey(db, { organizationId, key: "batch-1", payload: ["x"] }, run);
    expect(replay).toEqual({ status: 200, body: { n: 1 }, replayed: true });
    expect(runs).toBe(1);
    const stored = await db.apiIdempotencyKey.findUniqueOrThrow({
      where: { organizationId_key: { organizationId, key: "batch-1" } },
    });
    expect(Date.now() - stored.createdAt.getTime()).toBeLessThan(HOUR);
  });
});
