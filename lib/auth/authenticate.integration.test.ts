import { afterAll, describe, expect, it } from "vitest";
import { authenticate, type SignInClient } from "@/lib/auth/authenticate";
import { rememberDevice } from "@/lib/auth/devices";
import { hashPassword } from "@/lib/auth/password";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const throttle = { maxFailures: 3, clientMaxFailures: 6, windowMinutes: 15 };
const PASSWORD = "Right-password-1";

let addressCounter = 0;
/** An address no other test uses (failures by address are counted across tests). */
function freshAddress(): string {
  addressCounter += 1;
  return `198.18.${Math.floor(Math.random() * 250)}.${addressCounter}`;
}

function stranger(address = freshAddress()): SignInClient {
  return { address, deviceToken: null };
}

async function makeUser(password = PASSWORD) {
  const email = `auth-${uniqueSuffix()}@test.example`;
  const user = await db.user.create({ data: { email, name: "Auth", passwordHash: await hashPassword(password) } });
  return { id: user.id, email };
}

/** The device token a browser holds after signing in once to the account. */
async function trustedBrowser(user: { id: string; email: string }): Promise<SignInClient> {
  const client = stranger();
  expect(await authenticate(db, { email: user.email, password: PASSWORD, client }, throttle)).toMatchObject({
    ok: true,
  });
  return { ...client, deviceToken: await rememberDevice(db, user.id, null) };
}

async function failTimes(email: string, times: number, client: () => SignInClient) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate(db, { email, password: `wrong-${i}`, client: client() }, throttle)).toEqual({
      ok: false,
      reason: "invalid",
    });
  }
}

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const { email } = await makeUser();
    const result = await authenticate(
      db,
      { email: email.toUpperCase(), password: PASSWORD, client: stranger() },
      throttle,
    );
    expect(result).toMatchObject({ ok: true, user: { email } });
  });

  it("locks an account for unknown browsers after repeated failures, even with the right password", async () => {
    const { email } = await makeUser();
    await failTimes(email, 3, () => stranger());
    expect(await authenticate(db, { email, password: PASSWORD, client: stranger() }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("lets no burst of concurrent guesses past the limit", async () => {
    const { email } = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => authenticate(db, { email, password: "wrong", client: stranger() }, throttle)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(8 - throttle.maxFailures);
  });

  it("reports an unknown email like a wrong password", async () => {
    expect(
      await authenticate(
        db,
        { email: `ghost-${uniqueSuffix()}@test.example`, password: "x", client: stranger() },
        throttle,
      ),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("one client trying many accounts", () => {
  it("is refused everywhere once it has failed clientMaxFailures times, others are not", async () => {
    const address = freshAddress();
    // Two failures per account stay under the per-account limit: only the address limit can stop this.
    for (let i = 0; i < 3; i++) await failTimes(`nobody-${uniqueSuffix()}@test.example`, 2, () => stranger(address));
    const victim = await makeUser();
    expect(
      await authenticate(db, { email: victim.email, password: PASSWORD, client: stranger(address) }, throttle),
    ).toEqual({ ok: false, reason: "throttled" });
    expect(
      await authenticate(db, { email: victim.email, password: PASSWORD, client: stranger() }, throttle),
    ).toMatchObject({ ok: true });
  });

  it("counts an IPv6 client by its /64, whichever address of it each attempt uses", async () => {
    const prefix = `2001:db8:${(addressCounter += 1).toString(16)}:${Math.floor(Math.random() * 65535).toString(16)}`;
    let host = 0;
    const rotating = () => stranger(`${prefix}:${(host += 1).toString(16)}::1`);
    for (let i = 0; i < 3; i++) await failTimes(`nobody-${uniqueSuffix()}@test.example`, 2, rotating);
    const { email } = await makeUser();
    expect(await authenticate(db, { email, password: PASSWORD, client: rotating() }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
  });
});

describe("device cookies", () => {
  it("a stranger's failures do not lock out a browser that has signed in to the account before", async () => {
    const owner = await makeUser();
    const laptop = await trustedBrowser(owner);
    await failTimes(owner.email, 3, () => stranger());
    expect(await authenticate(db, { email: owner.email, password: PASSWORD, client: stranger() }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate(db, { email: owner.email, password: PASSWORD, client: laptop }, throttle)).toMatchObject({
      ok: true,
    });
  });

  it("a trusted browser that keeps failing locks itself, not the others", async () => {
    const owner = await makeUser();
    const laptop = await trustedBrowser(owner);
    const phone = await trustedBrowser(owner);
    await failTimes(owner.email, 3, () => laptop);
    expect(await authenticate(db, { email: owner.email, password: PASSWORD, client: laptop }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate(db, { email: owner.email, password: PASSWORD, client: phone }, throttle)).toMatchObject({
      ok: true,
    });
  });

  it("a device cookie vouches only for the account it signed in to", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const alicesLaptop = await trustedBrowser(alice);
    await failTimes(bob.email, 3, () => stranger());
    expect(await authenticate(db, { email: bob.email, password: PASSWORD, client: alicesLaptop }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
  });

  it("an invented or malformed cookie is just a stranger", async () => {
    const owner = await makeUser();
    await trustedBrowser(owner);
    await failTimes(owner.email, 3, () => stranger());
    for (const deviceToken of ["x".repeat(43), "not a token", ""]) {
      expect(
        await authenticate(
          db,
          { email: owner.email, password: PASSWORD, client: { address: null, deviceToken } },
          throttle,
        ),
      ).toEqual({ ok: false, reason: "throttled" });
    }
  });
});

describe("lock-outs are audited", () => {
  it("once, when a lock starts, in every organisation of the account, with the address and no secret", async () => {
    const first = await createTenant(db, ["OWNER", "VIEWER"]);
    const second = await createTenant(db, ["OWNER"]);
    const viewer = first.users.VIEWER!;
    await db.user.update({ where: { id: viewer.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await db.membership.create({ data: { organizationId: second.organization.id, userId: viewer.id, role: "VIEWER" } });

    const address = freshAddress();
    await failTimes(viewer.email, 3, () => stranger(address));
    await authenticate(db, { email: viewer.email, password: "again", client: stranger(address) }, throttle);

    const events = await db.auditEvent.findMany({ where: { action: "user.signInLocked", entityId: viewer.id } });
    expect(events.map((e) => e.organizationId).sort()).toEqual([first.organization.id, second.organization.id].sort());
    for (const event of events) {
      expect(event.actorId).toBeNull();
      expect(event.after).toEqual({
        email: viewer.email,
        reason: "account",
        clientAddress: address,
        lockedForMinutes: 15,
      });
      expect(JSON.stringify(event.after)).not.toContain("wrong");
    }
  });
});
