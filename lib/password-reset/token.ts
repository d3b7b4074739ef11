import { hashInvitationToken, newInvitationToken } from "@/lib/invitations/token";

// Same scheme as invitation links: 32 random bytes (base64url) in the link, only their SHA-256 stored.
export const RESET_TTL_MS = 60 * 60 * 1000;

export function newResetToken(now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newInvitationToken(), expiresAt: new Date(now.getTime() + RESET_TTL_MS) };
}

export const hashResetToken = hashInvitationToken;

export type ResetState = "valid" | "expired" | "used";

export function resetState(reset: { expiresAt: Date; usedAt: Date | null }, now: Date = new Date()): ResetState {
  if (reset.usedAt) return "used";
  if (reset.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Tokens in links are 43 characters; anything far off is not looked up at all. */
export function plausibleToken(token: string): boolean {
  return token.length >= 20 && token.length <= 200;
}
