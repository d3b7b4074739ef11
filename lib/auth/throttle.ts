import type { Db } from "@/lib/db/client";

// The queries run on the caller's transaction, which holds the per-email lock (see authenticate.ts).
type AttemptStore = Pick<Db, "loginAttempt">;

// Throttling lives in PostgreSQL so it holds across app instances.
export type ThrottleOptions = { maxFailures: number; windowMinutes: number };

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export async function isLoginThrottled(
  db: AttemptStore,
  email: string,
  ip: string | null,
  options: ThrottleOptions,
): Promise<boolean> {
  const since = new Date(Date.now() - options.windowMinutes * 60_000);
  const key = emailKey(email);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { emailKey: key, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failuresForEmail = await db.loginAttempt.count({
    where: { emailKey: key, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
  if (failuresForEmail >= options.maxFailures) return true;
  if (!ip) return false;
  // An address trying many accounts is throttled too, with a wider allowance.
  const failuresFromIp = await db.loginAttempt.count({
    where: { ip, success: false, createdAt: { gte: since } },
  });
  return failuresFromIp >= options.maxFailures * 4;
}

export async function recordLoginAttempt(db: AttemptStore, email: string, ip: string | null, success: boolean) {
  await db.loginAttempt.create({ data: { emailKey: emailKey(email), ip, success } });
}
