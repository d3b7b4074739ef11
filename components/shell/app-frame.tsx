"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";

// Sidebar beside the content on wide screens; behind a menu button on phones.
export function AppFrame({
  sidebar,
  title,
  notifications,
  children,
}: {
  sidebar: React.ReactNode;
  title: string;
  /** The unread-notifications link, in the header on phones and above the content on wide screens. */
  notifications?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden">
        <span className="min-w-0 flex-1 truncate font-semibold text-slate-900">{title}</span>
        {notifications}
        <button
          type="button"
          onClick={() => setOpen((v) => !v)}
          aria-expanded={open}
          aria-controls="app-sidebar"
          className="rounded-md p-2 text-slate-700 hover:bg-slate-100"
        >
          {open ? <X aria-hidden className="size-5" /> : <Menu aria-hidden className="size-5" />}
          <span className="sr-only">{t("menu")}</span>
        </button>
      </header>
      <aside
        id="app-sidebar"
        className={cn(
          "w-full flex-col gap-6 border-r border-slate-200 bg-white px-4 py-5 lg:sticky lg:top-0 lg:flex lg:h-screen lg:w-72 lg:shrink-0",
          open ? "flex" : "hidden",
        )}
      >
        {sidebar}
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8 lg:py-8">
        <div className="mx-auto max-w-6xl">
          {notifications ? <div className="-mt-4 mb-2 hidden justify-end lg:flex">{notifications}</div> : null}
          {children}
        </div>
      </main>
    </div>
  );
}
