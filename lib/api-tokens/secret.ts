import { createHash, randomBytes } from "node:crypto";

// API token secrets: "alb_" + 32 random bytes in base64url (256 bits). Only their sha256 is stored; a
// slow hash is unnecessary for secrets this long, and sha256 lets a request find its token by an index.
const PREFIX = "alb_";
const SECRET = /^alb_[A-Za-z0-9_-]{43}$/;
/** How many characters of the secret lists show, to tell tokens apart (the "alb_" marker and 8 more). */
export const VISIBLE_PREFIX_LENGTH = 12;

export function generateTokenSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function visiblePrefix(secret: string): string {
  return secret.slice(0, VISIBLE_PREFIX_LENGTH);
}

/** The secret of an `Authorization: Bearer <secret>` header, or null when the header is not one. */
export function bearerSecret(header: string | null): string | null {
  if (header === null) return null;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  const secret = match?.[1];
  return secret !== undefined && SECRET.test(secret) ? secret : null;
}
