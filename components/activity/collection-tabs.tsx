"use client";

import { useTranslations } from "next-intl";
import { SectionTabs } from "@/components/ui/section-tabs";

type Tab = "categories" | "completeness" | "requests" | "review" | "surveys";

// The views of data collection: what to enter (categories), how far it has come, who is asked for what,
// and what awaits review. A line's own pages keep "categories" lit.
export function CollectionTabs({ orgSlug, tabs }: { orgSlug: string; tabs: readonly Tab[] }) {
  const t = useTranslations("collectionTabs");
  const base = `/${orgSlug}/collection`;
  return (
    <SectionTabs
      label={t("label")}
      tabs={tabs.map((tab) => ({ href: tab === "categories" ? base : `${base}/${tab}`, label: t(tab) }))}
    />
  );
}
