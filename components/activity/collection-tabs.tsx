"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

type Tab = "categories" | "completeness" | "requests" | "review" | "surveys";

// The views of data collection: what to enter (categories), how far it has come, who is asked for what,
// and what awaits review. A line's own pages keep "categories" lit.
export function CollectionTabs({ orgSlug, tabs }: { orgSlug: string; tabs: readonly Tab[] }) {
  const t = useTranslations("collectionTabs");
  const pathname = usePathname();
  const base = `/${orgSlug}/collection`;
  const hrefOf = (tab: Tab) => (tab === "categories" ? base : `${base}/${tab}`);
  const current =
    tabs.find((tab) => tab !== "categories" && pathname.startsWith(hrefOf(tab))) ?? ("categories" as const);
  return (
    <nav aria-label={t("label")} className="-mx-1 mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab}
          href={hrefOf(tab)}
          aria-current={tab === current ? "page" : undefined}
          className={cn(
            "whitespace-nowrap border-b-2 px-3 py-2 text-sm",
            tab === current
              ? "border-brand-600 font-medium text-brand-700"
              : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
