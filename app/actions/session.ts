"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/i18n/config";
import { publicAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth";
import { getSessionClaims, getSessionUser } from "@/lib/auth/session";
import { endAllSessions, endSession, loadSessionUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { saveUserLocale } from "@/lib/users/locale";

// Anyone may choose a language (the sign-in page has the switch too); a signed-in user's choice is kept.
export const setLocaleAction = publicAction(z.enum(LOCALES), async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await saveUserLocale(db(), { userId: user.id, locale });
});

// Signing out ends this session on the server too, so a copied cookie stops working at once.
export async function signOutAction(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) await endSession(db(), claims);
  await signOut({ redirectTo: "/sign-in" });
}

// Ends every session of the account (other browsers, a forgotten computer), this one included.
export async function signOutEverywhereAction(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims && (await loadSessionUser(db(), claims))) await endAllSessions(db(), claims.userId);
  await signOut({ redirectTo: "/sign-in" });
}
