"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

// The tabs of a section (data collection, trajectory): the first tab is the section's root and stays lit
// on any page no other tab claims.
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = tabs.slice(1).find((tab) => pathname.startsWith(tab.href)) ?? tabs[0];
  return (
    <nav aria-label={label} className="-mx-1 mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab === current ? "page" : undefined}
          className={cn(
            "whitespace-nowrap border-b-2 px-3 py-2 text-sm",
            tab === current
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
