"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, isLocale } from "@/i18n/config";

export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await db().user.update({ where: { id: user.id }, data: { locale } });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
