"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/i18n/config";
import { publicAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveUserLocale } from "@/lib/users/locale";

// Anyone may choose a language (the sign-in page has the switch too); a signed-in user's choice is kept.
export const setLocaleAction = publicAction(z.enum(LOCALES), async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await saveUserLocale(db(), { userId: user.id, locale });
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
