import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

// The unread count in the shell: a link to the notifications page.
export async function NotificationBell({ orgSlug, unread }: { orgSlug: string; unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href={`/${orgSlug}/notifications`}
      className="relative inline-flex items-center gap-1 rounded-md p-2 text-slate-700 hover:bg-slate-100"
      aria-label={t("bell", { count: unread })}
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          className="min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
