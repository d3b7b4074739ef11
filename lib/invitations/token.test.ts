import { describe, expect, it } from "vitest";
import { hashInvitationToken, invitationState, newInvitationToken } from "@/lib/invitations/token";

describe("invitation tokens", () => {
  it("stores only a hash that matches the token handed out", () => {
    const { token, tokenHash } = newInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(hashInvitationToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it("never repeats a token", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newInvitationToken().token));
    expect(tokens.size).toBe(200);
  });

  it("tells valid, expired, used and revoked links apart", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    const base = { expiresAt: new Date("2026-01-11T00:00:00Z"), acceptedAt: null, revokedAt: null };
    expect(invitationState(base, now)).toBe("valid");
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ ...base, acceptedAt: now }, now)).toBe("used");
    expect(invitationState({ ...base, revokedAt: now }, now)).toBe("revoked");
  });
});
