import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

// OWASP "device cookies": a browser that has signed in to an account gets a random token in a long-lived
// cookie. Its later attempts on that account are judged on its own record (lib/auth/throttle.ts), so
// failures by strangers, which lock the account for unknown browsers, never lock its owner out.
export const DEVICE_COOKIE = "albedo-device";
export const DEVICE_TRUST_DAYS = 365;

type DeviceStore = Pick<Db, "trustedDevice">;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newDeviceToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored: a copy of the database does not hand out trusted cookies. */
export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function wellFormed(token: string | null | undefined): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}

/** The device record when this cookie token has signed in to this account within the last year. */
export async function findTrustedDevice(
  db: DeviceStore,
  userId: string,
  token: string | null | undefined,
  now = new Date(),
): Promise<{ id: string } | null> {
  if (!wellFormed(token)) return null;
  return db.trustedDevice.findFirst({
    where: {
      userId,
      tokenHash: hashDeviceToken(token),
      lastUsedAt: { gte: new Date(now.getTime() - DEVICE_TRUST_DAYS * 86_400_000) },
    },
    select: { id: true },
  });
}

/**
 * After a successful sign-in: the browser's token (its existing one, or a new one) now vouches for this
 * account. Returns the token the cookie must hold.
 */
export async function rememberDevice(db: DeviceStore, userId: string, token: string | null | undefined) {
  const kept = wellFormed(token) ? token : newDeviceToken();
  const tokenHash = hashDeviceToken(kept);
  await db.trustedDevice.upsert({
    where: { userId_tokenHash: { userId, tokenHash } },
    create: { userId, tokenHash },
    update: { lastUsedAt: new Date() },
  });
  return kept;
}
