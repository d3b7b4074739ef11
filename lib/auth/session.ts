import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { loadSessionUser, type SessionClaims, type SessionUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

export type { SessionUser };

/** The current session's claims (user, session id, version, start), or null when signed out. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => (await auth())?.claims ?? null);

// The JWT only names the user and the session; both are re-read on every request, so a deleted account,
// a signed-out session and "sign out everywhere" take effect at once.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await getSessionClaims();
  return claims ? loadSessionUser(db(), claims) : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await signInUrl());
  return user;
}

// The page asked for (set by proxy.ts) rides along, so signing in leads back to it.
async function signInUrl(): Promise<string> {
  const path = safeRedirectPath((await headers()).get("x-albedo-path"));
  return path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
}
