import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createCampaign, revokeCampaign } from "@/lib/surveys/campaigns";
import { SURVEY_RATE } from "@/lib/surveys/respond";
import { testDb } from "@/tests/fixtures/tenants";

// The public page /s/<token> as HTTP: statuses, bounds with their messages, the security of the client
// key. As behind `npm start`, the client address is the server's stamp (scripts/serve.ts); whatever
// X-Forwarded-For a client sends is its own words and must not move its rate-limit counter.
vi.stubEnv("ALBEDO_CLIENT_ADDRESS_HEADER", "stamped");
vi.stubEnv("TRUST_PROXY", "0");
const route = await import("@/app/s/[token]/route");

const db = testDb();
afterAll(() => db.$disconnect());

const today = new Date().toISOString().slice(0, 10);
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
let token = "";
let organizationId = "";
let scope: Awaited<ReturnType<typeof tenantWithPeriods>>["scope"];

beforeAll(async () => {
  const t = await tenantWithPeriods(db, [new Date().getUTCFullYear()]);
  organizationId = t.organizationId;
  scope = t.scope;
  const c = await createCampaign(db, t.scope(), {
    periodId: t.periodOf(new Date().getUTCFullYear()),
    opensOn: today,
    closesOn: inAMonth,
    expectedPopulation: 100,
    digitalQuestions: true,
  });
  token = c.token;
});

const paramsOf = (t: string) => ({ params: Promise.resolve({ token: t }) });
const answer = (fields: Record<string, string>) =>
  new URLSearchParams({
    lang: "en",
    days: "4",
    remote: "1",
    weeks: "47",
    "leg0.mode": "bus",
    "leg0.distance": "5",
    ...fields,
  });
function post(t: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return route.POST(
    new Request(`http://localhost/s/${t}`, {
      method: "POST",
      body: answer(fields),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    }),
    paramsOf(t),
  );
}

describe("/s/<token>", () => {
  it("shows the form in the browser's language, with the digital questions", async () => {
    const res = await route.GET(
      new Request(`http://localhost/s/${token}`, { headers: { "accept-language": "en-GB,en;q=0.8" } }),
      paramsOf(token),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Your commute to work");
    expect(html).toContain("Hours of video calls per week");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers with the respondent's own footprint and the factors used", async () => {
    const res = await post(
      token,
      { "leg0.band": "", "video.laptop": "2" },
      { "x-albedo-client-address": "192.0.2.10" },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("229 kgCO2e a year"); // 2 × 5 × 4 × 47 = 1,880 p.km × 0.122 = 229.36
    expect(html).toMatch(/ademe:43739@[\d.]+ · 0\.122 kgCO2e\/p\.km/);
    expect(html).toContain("The company average will show once 5 people have answered.");
  });

  it("refuses out-of-bounds values with a message on the field and stores nothing", async () => {
    const before = await db.surveyResponse.count({ where: { organizationId } });
    const res = await post(token, { "leg0.distance": "501", days: "8" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Must be at most 500.");
    expect(html).toContain(
      'id="leg0-distance" name="leg0.distance" aria-describedby="leg0-distance-hint leg0-distance-err" aria-invalid="true"',
    );
    expect(html).toContain("Must be at most 7.");
    expect(await db.surveyResponse.count({ where: { organizationId } })).toBe(before);
  });

  it("takes a distance band instead of a number, and French decimals", async () => {
    const res = await post(
      token,
      { lang: "fr", "leg0.distance": "", "leg0.band": "10-20", days: "2,5", remote: "2,5" },
      { "x-albedo-client-address": "192.0.2.11" },
    );
    expect(res.status).toBe(200);
    // 2 × 15 × 2.5 × 47 = 3,525 p.km × 0.122 = 430.05
    expect(await res.text()).toContain("430 kgCO2e par an");
  });

  it("throttles a burst from one client whatever X-Forwarded-For it sends", async () => {
    // The clock stands still (timers stay real), so a slow machine cannot carry the burst into the next window.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 1_000);
    onTestFinished(() => void vi.useRealTimers());
    const statuses: number[] = [];
    for (let i = 0; i <= SURVEY_RATE.limit; i++) {
      const res = await post(
        token,
        {},
        { "x-albedo-client-address": "203.0.113.7", "x-forwarded-for": `198.51.100.${i}` },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, SURVEY_RATE.limit).every((s) => s === 200)).toBe(true);
    const last = statuses.at(-1);
    expect(last).toBe(429);
    const again = await post(token, {}, { "x-albedo-client-address": "203.0.113.7", "x-forwarded-for": "10.9.9.9" });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers 410 'this survey is closed' once revoked, 404 for an unknown link", async () => {
    const c = await db.surveyCampaign.findFirstOrThrow({ where: { token } });
    await revokeCampaign(db, scope(), c.id);
    const get = await route.GET(new Request(`http://localhost/s/${token}?lang=en`), paramsOf(token));
    expect(get.status).toBe(410);
    expect(await get.text()).toContain("This survey is closed");
    expect((await post(token, {}, { "x-albedo-client-address": "192.0.2.99" })).status).toBe(410);
    const unknown = "x".repeat(43);
    expect((await route.GET(new Request(`http://localhost/s/${unknown}`), paramsOf(unknown))).status).toBe(404);
  });
});
