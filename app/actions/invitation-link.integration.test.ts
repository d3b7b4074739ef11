// The invitation link an owner gets is built from APP_URL, and without it (development, tests) from the
// request's own Host: a forged X-Forwarded-Host never reaches it unless a trusted proxy is configured.
// Only the session, the request headers and Next's cache are stubbed; the database is real.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const request = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
  headers: new Headers(),
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => request.user,
  requireUser: async () => request.user,
}));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const db = testDb();
afterAll(() => db.$disconnect());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Invites someone as a fresh owner whose request carries a forged X-Forwarded-Host; returns the link. */
async function inviteWithForgedHost(): Promise<string> {
  const tenant = await createTenant(db, ["OWNER"]);
  request.user = { ...tenant.actorOf("OWNER"), name: "Owner", locale: "fr" };
  request.headers = new Headers({
    host: "127.0.0.1:3000",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  });
  // Fresh modules: lib/env.ts reads the environment once per module instance.
  const { inviteMemberAction } = await import("@/app/actions/members");
  const result = await inviteMemberAction(tenant.organization.slug, {
    email: `guest-${uniqueSuffix()}@test.example`,
    role: "VIEWER",
  });
  if (!result.ok) throw new Error(`invitation refused: ${result.error}`);
  return result.data.link;
}

describe("invitation links", () => {
  it("use APP_URL, whatever the request's forwarding headers say", async () => {
    vi.stubEnv("APP_URL", "https://albedo.example.com/");
    vi.stubEnv("TRUST_PROXY", "1");
    expect(await inviteWithForgedHost()).toMatch(/^https:\/\/albedo\.example\.com\/invite\/[^/]{20,}$/);
  });

  it("without APP_URL and without a trusted proxy, ignore X-Forwarded-Host and use the request's Host", async () => {
    vi.stubEnv("APP_URL", undefined);
    vi.stubEnv("TRUST_PROXY", "0");
    const link = await inviteWithForgedHost();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/invite\//);
    expect(link).not.toContain("evil.example");
  });
});
