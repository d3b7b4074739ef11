import "server-only";
import type { Locale } from "@/i18n/config";
import type { Db } from "@/lib/db/client";

/** Remembers a signed-in user's interface language, so it follows them to other browsers. */
export async function saveUserLocale(db: Db, options: { userId: string; locale: Locale }): Promise<void> {
  const { count } = await db.user.updateMany({ where: { id: options.userId }, data: { locale: options.locale } });
  if (count !== 1) throw new Error("saveUserLocale: user not found");
}
