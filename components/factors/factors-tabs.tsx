"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

// Library and custom factors are two views of one section; a factor's detail page keeps its tab lit.
export function FactorsTabs({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("factors");
  const pathname = usePathname();
  const base = `/${orgSlug}/factors`;
  const onCustom = pathname.startsWith(`${base}/custom`);
  // The releases page is reached from the header link and belongs to neither tab.
  const onReleases = pathname.startsWith(`${base}/releases`);
  const tabs = [
    { href: base, label: t("library"), active: !onCustom && !onReleases },
    { href: `${base}/custom`, label: t("manageCustom"), active: onCustom },
  ];
  return (
    <nav aria-label={t("title")} className="-mx-1 mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap border-b-2 px-3 py-2 text-sm",
            tab.active
              ? "border-brand-600 font-medium text-brand-700"
              : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
