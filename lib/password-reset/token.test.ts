import { describe, expect, it } from "vitest";
import { hashResetToken, newResetToken, resetState, RESET_TTL_MS } from "@/lib/password-reset/token";

describe("password-reset tokens", () => {
  it("hands out a 43-character token and stores only its SHA-256", () => {
    const { token, tokenHash } = newResetToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashResetToken(token));
    expect(hashResetToken(`${token}x`)).not.toBe(tokenHash);
  });

  it("expires exactly one hour after it was created", () => {
    const created = new Date("2026-03-01T09:15:00Z");
    const { expiresAt } = newResetToken(created);
    expect(expiresAt.toISOString()).toBe("2026-03-01T10:15:00.000Z");
    expect(RESET_TTL_MS).toBe(3_600_000);
    expect(resetState({ expiresAt, usedAt: null }, new Date("2026-03-01T10:14:59.999Z"))).toBe("valid");
    expect(resetState({ expiresAt, usedAt: null }, new Date("2026-03-01T10:15:00Z"))).toBe("expired");
  });

  it("reports a used link as used, even before it would have expired", () => {
    const expiresAt = new Date("2026-03-01T10:15:00Z");
    const usedAt = new Date("2026-03-01T09:20:00Z");
    expect(resetState({ expiresAt, usedAt }, new Date("2026-03-01T09:30:00Z"))).toBe("used");
  });
});
