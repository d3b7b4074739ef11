"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { BoaviztaCloudForm, type TCloudCatalogue } from "./cloud-form";
import { BoaviztaServerForm } from "./server-form";

const TABS = ["cloud", "server"] as const;

// The two forms as tabs (arrow keys move between them, as the WAI-ARIA tabs pattern has it).
export function BoaviztaApiForms({
  orgSlug,
  periods,
  catalogue,
}: {
  orgSlug: string;
  periods: { id: string; label: string }[];
  catalogue: TCloudCatalogue;
}) {
  const t = useTranslations("boaviztaApi");
  const [tab, setTab] = useState<(typeof TABS)[number]>("cloud");
  if (periods.length === 0) return <p className="text-sm text-slate-600">{t("common.noOpenPeriod")}</p>;
  const move = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] ?? "cloud";
    setTab(next);
    document.getElementById(`boavizta-tab-${next}`)?.focus();
  };
  return (
    <div className="space-y-4">
      <div
        role="tablist"
        aria-label={t("tabs.label")}
        className="flex gap-1 border-b border-slate-200"
        onKeyDown={move}
      >
        {TABS.map((name) => (
          <button
            key={name}
            id={`boavizta-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`boavizta-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            className={cn(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
              tab === name
                ? "border-brand-600 text-brand-700"
                : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`boavizta-panel-${tab}`} aria-labelledby={`boavizta-tab-${tab}`}>
        {tab === "cloud" ? (
          <BoaviztaCloudForm orgSlug={orgSlug} periods={periods} catalogue={catalogue} />
        ) : (
          <BoaviztaServerForm orgSlug={orgSlug} periods={periods} />
        )}
      </div>
    </div>
  );
}
