import type { Db } from "@/lib/db/client";

// Sign-in throttling, in PostgreSQL so it holds across app instances. Three counters, each over a sliding
// window (LOGIN_WINDOW_MINUTES):
// - a browser trusted for the account (lib/auth/devices.ts) is judged on its own failures only;
// - other browsers share the account's counter: after maxFailures they are locked out of that account,
//   which the owner's trusted browser is not;
// - one client address (an IPv6 /64) may fail clientMaxFailures times across all accounts.
// The queries run on the caller's transaction, which holds the per-email lock (see authenticate.ts).
type AttemptStore = Pick<Db, "loginAttempt">;

export type ThrottleOptions = { maxFailures: number; clientMaxFailures: number; windowMinutes: number };
export type AttemptSource = { clientKey: string | null; deviceId: string | null };
export type LockReason = "device" | "account" | "client";

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Failures matching `where` since the window started or the last success matching it, whichever is later. */
async function failuresSinceLastSuccess(
  db: AttemptStore,
  where: { emailKey: string; deviceId: string | null },
  since: Date,
): Promise<number> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { ...where, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.loginAttempt.count({
    where: { ...where, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

/** Why this attempt may not even be checked, or null when it may. */
export async function lockReason(
  db: AttemptStore,
  email: string,
  source: AttemptSource,
  options: ThrottleOptions,
): Promise<LockReason | null> {
  const since = new Date(Date.now() - options.windowMinutes * 60_000);
  const key = emailKey(email);
  if (source.deviceId) {
    const failures = await failuresSinceLastSuccess(db, { emailKey: key, deviceId: source.deviceId }, since);
    return failures >= options.maxFailures ? "device" : null;
  }
  if ((await failuresSinceLastSuccess(db, { emailKey: key, deviceId: null }, since)) >= options.maxFailures)
    return "account";
  if (!source.clientKey) return null;
  const fromClient = await db.loginAttempt.count({
    where: { clientKey: source.clientKey, deviceId: null, success: false, createdAt: { gte: since } },
  });
  return fromClient >= options.clientMaxFailures ? "client" : null;
}

export async function recordLoginAttempt(db: AttemptStore, email: string, source: AttemptSource, success: boolean) {
  await db.loginAttempt.create({ data: { emailKey: emailKey(email), ...source, success } });
}
