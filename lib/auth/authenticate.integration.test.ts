import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const throttle = { maxFailures: 3, windowMinutes: 15 };

async function makeUser(password: string) {
  const email = `auth-${uniqueSuffix()}@test.example`;
  await db.user.create({ data: { email, name: "Auth", passwordHash: await hashPassword(password) } });
  return email;
}

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const email = await makeUser("Right-password-1");
    const result = await authenticate(
      db,
      { email: email.toUpperCase(), password: "Right-password-1", ip: null },
      throttle,
    );
    expect(result).toMatchObject({ ok: true, user: { email } });
  });

  it("throttles an email after repeated failures, even with the right password", async () => {
    const email = await makeUser("Right-password-1");
    for (let i = 0; i < 3; i++) {
      expect(await authenticate(db, { email, password: "wrong", ip: `10.0.0.${i}` }, throttle)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate(db, { email, password: "Right-password-1", ip: "10.0.0.9" }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("lets no burst of concurrent guesses past the limit", async () => {
    const email = await makeUser("Right-password-1");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => authenticate(db, { email, password: "wrong", ip: null }, throttle)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(8 - throttle.maxFailures);
  });

  it("throttles one address trying many accounts", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;
    for (let i = 0; i < 12; i++)
      await authenticate(db, { email: `nobody-${uniqueSuffix()}@test.example`, password: "x", ip }, throttle);
    const email = await makeUser("Right-password-1");
    expect(await authenticate(db, { email, password: "Right-password-1", ip }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("reports an unknown email like a wrong password", async () => {
    expect(
      await authenticate(db, { email: `ghost-${uniqueSuffix()}@test.example`, password: "x", ip: null }, throttle),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});
