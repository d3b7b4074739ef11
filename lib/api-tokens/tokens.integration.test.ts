import { afterAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { consumeApiRate } from "@/lib/api-tokens/rate-limit";
import { hashTokenSecret } from "@/lib/api-tokens/secret";
import { AppError } from "@/lib/errors";
import { createTenant } from "@/tests/fixtures/tenants";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const bearer = (secret: string) => `Bearer ${secret}`;
const input = { name: "ERP sync", role: "MANAGER" as const, lifetime: "30" as const };

describe("API tokens", () => {
  it("store only the secret's sha256 and a short prefix, and audit the creation without the secret", async () => {
    const t = await createTenant(db, ["OWNER"]);
    const { id, secret, prefix } = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.secretHash).toBe(hashTokenSecret(secret));
    expect(stored.prefix).toBe(secret.slice(0, 12));
    expect(prefix).toBe(stored.prefix);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(12));
    expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBe(30 * 24 * 3600 * 1000);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: t.organization.id, entityId: id } });
    expect(audit.action).toBe("apiToken.create");
    expect(JSON.stringify(audit)).not.toContain(secret.slice(12));
    expect(JSON.stringify(audit)).not.toContain(stored.secretHash);
    const [listed] = await listApiTokens(db, t.organization.id);
    expect(listed).toMatchObject({ id, name: "ERP sync", role: "MANAGER", createdBy: expect.any(String) });
    expect(listed).not.toHaveProperty("secretHash");
  });

  it("cannot be given a role above the creator's", async () => {
    const t = await createTenant(db, ["MANAGER"]);
    await expect(
      createApiToken(db, { ...t.scope("MANAGER"), creatorRole: "MANAGER" }, { ...input, role: "OWNER" }),
    ).rejects.toEqual(new AppError("FORBIDDEN"));
    expect(await db.apiToken.count({ where: { organizationId: t.organization.id } })).toBe(0);
  });

  it("authenticate with their organisation and role until they expire or are revoked", async () => {
    const t = await createTenant(db, ["OWNER"]);
    const now = new Date();
    const { id, secret } = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input, now);
    const caller = await authenticateApiToken(db, bearer(secret), now);
    expect(caller).toMatchObject({ tokenId: id, role: "MANAGER", organization: { id: t.organization.id } });
    expect(caller?.actor.id).toBe(t.users.OWNER?.id);

    expect(
      await authenticateApiToken(db, bearer(secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A")), now),
    ).toBeNull();
    expect(await authenticateApiToken(db, null, now)).toBeNull();
    const in31Days = new Date(now.getTime() + 31 * 24 * 3600 * 1000);
    expect(await authenticateApiToken(db, bearer(secret), in31Days)).toBeNull();

    await revokeApiToken(db, t.scope(), id);
    expect(await authenticateApiToken(db, bearer(secret), now)).toBeNull();
    await expect(revokeApiToken(db, t.scope(), id)).rejects.toEqual(new AppError("NOT_FOUND"));
    const actions = await db.auditEvent.findMany({
      where: { organizationId: t.organization.id, entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["apiToken.create", "apiToken.revoke"]);
  });

  it("act at most with their creator's current role, and stop when the creator leaves", async () => {
    const t = await createTenant(db, ["OWNER", "MANAGER"]);
    const { secret } = await createApiToken(db, { ...t.scope("MANAGER"), creatorRole: "MANAGER" }, input);
    await db.membership.update({ where: { id: t.users.MANAGER!.membershipId }, data: { role: "VIEWER" } });
    expect((await authenticateApiToken(db, bearer(secret)))?.role).toBe("VIEWER");
    await db.membership.delete({ where: { id: t.users.MANAGER!.membershipId } });
    expect(await authenticateApiToken(db, bearer(secret))).toBeNull();
  });

  it("cannot be revoked through another organisation", async () => {
    const a = await createTenant(db, ["OWNER"]);
    const b = await createTenant(db, ["OWNER"]);
    const { id, secret } = await createApiToken(db, { ...b.scope(), creatorRole: "OWNER" }, input);
    await expect(revokeApiToken(db, a.scope(), id)).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await authenticateApiToken(db, bearer(secret))).not.toBeNull();
  });

  it("record lastUsedAt at most once a minute", async () => {
    const t = await createTenant(db, ["OWNER"]);
    const t0 = new Date("2026-12-01T10:00:00Z");
    const { id, secret } = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input, t0);
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    await authenticateApiToken(db, bearer(secret), new Date("2026-12-01T10:00:05Z"));
    expect(await lastUsed()).toBe("2026-12-01T10:00:05.000Z");
    await authenticateApiToken(db, bearer(secret), new Date("2026-12-01T10:00:50Z"));
    expect(await lastUsed()).toBe("2026-12-01T10:00:05.000Z");
    await authenticateApiToken(db, bearer(secret), new Date("2026-12-01T10:01:06Z"));
    expect(await lastUsed()).toBe("2026-12-01T10:01:06.000Z");
  });
});

describe("the per-token rate limit", () => {
  it("counts requests per minute in PostgreSQL, per token, and says when to retry", async () => {
    const t = await createTenant(db, ["OWNER"]);
    const a = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input);
    const b = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input);
    const at = new Date("2026-12-01T10:00:45Z");
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await consumeApiRate(db, a.id, 3, at));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]).toMatchObject({ remaining: 0, retryAfterSeconds: 15 });
    expect((await consumeApiRate(db, b.id, 3, at)).allowed).toBe(true);
    const next = await consumeApiRate(db, a.id, 3, new Date("2026-12-01T10:01:00Z"));
    expect(next).toMatchObject({ allowed: true, remaining: 2 });
    // The new window cleared the old one.
    expect(await db.apiRateWindow.count({ where: { tokenId: a.id } })).toBe(1);
  });

  it("holds under concurrent requests (one atomic upsert each)", async () => {
    const t = await createTenant(db, ["OWNER"]);
    const a = await createApiToken(db, { ...t.scope(), creatorRole: "OWNER" }, input);
    const at = new Date("2026-12-01T11:00:10Z");
    const decisions = await Promise.all(Array.from({ length: 20 }, () => consumeApiRate(db, a.id, 10, at)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });
});
