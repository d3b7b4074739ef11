import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { db } from "@/lib/db";

export type SessionUser = { id: string; email: string; name: string; locale: string };

// The JWT only names the user; the user is re-read so a deleted account loses access at once.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true },
  });
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
