"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { NAV_ITEMS } from "@/components/shell/nav-items";

export function SidebarNav({ orgSlug, visibleKeys }: { orgSlug: string; visibleKeys: string[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const base = `/${orgSlug}`;
  return (
    <nav aria-label={t("label")} className="space-y-0.5">
      {NAV_ITEMS.filter((item) => visibleKeys.includes(item.key)).map((item) => {
        const href = `${base}${item.path}`;
        const active = item.path === "" ? pathname === base : pathname.startsWith(href);
        const Icon = item.icon;
        const body = (
          <>
            <Icon aria-hidden className="size-4 shrink-0" />
            <span className="flex-1">{t(item.key)}</span>
            {!item.available ? (
              <span className="rounded bg-slate-200 px-1.5 py-0.5 text-[10px] font-medium uppercase text-slate-500">
                {t("soon")}
              </span>
            ) : null}
          </>
        );
        const classes = "flex items-center gap-3 rounded-md px-3 py-2 text-sm";
        if (!item.available) {
          return (
            <span
              key={item.key}
              aria-disabled="true"
              title={t("soonHint")}
              className={cn(classes, "cursor-default text-slate-400")}
            >
              {body}
            </span>
          );
        }
        return (
          <Link
            key={item.key}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              classes,
              active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {body}
          </Link>
        );
      })}
    </nav>
  );
}
