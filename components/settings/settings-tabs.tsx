"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const TABS = ["profile", "sites", "products", "periods", "members", "apiTokens", "audit"] as const;
const PATHS: Partial<Record<(typeof TABS)[number], string>> = { apiTokens: "api-tokens" };

export function SettingsTabs({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("settings.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="-mx-1 mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((tab) => {
        const href = tab === "profile" ? `/${orgSlug}/settings` : `/${orgSlug}/settings/${PATHS[tab] ?? tab}`;
        const active = pathname === href;
        return (
          <Link
            key={tab}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "whitespace-nowrap border-b-2 px-3 py-2 text-sm",
              active
                ? "border-brand-600 font-medium text-brand-700"
                : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t(tab)}
          </Link>
        );
      })}
    </nav>
  );
}
