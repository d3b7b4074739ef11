"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CampaignCard } from "@/components/surveys/campaign-card";
import { CreateCampaignForm } from "@/components/surveys/create-campaign-form";
import type { TCampaignState } from "@/lib/surveys/state";

export type TPeriodOption = { id: string; label: string; year: number };

export type TCampaignView = {
  id: string;
  periodLabel: string;
  periodYear: number;
  opensOn: string; // formatted for the user's locale by the page
  closesOn: string;
  opensOnIso: string;
  closesOnIso: string;
  state: TCampaignState;
  digitalQuestions: boolean;
  link: string;
  qrDataUrl: string;
  responses: string;
  population: string;
  rate: string;
  lowRate: boolean;
  canClose: boolean; // has answers, not revoked: closing books them (again) as activity data
  lastDay: string;
};

// Managers' survey campaigns: create one for a period, hand out its link or QR code, follow the answers,
// revoke the link, or duplicate last year's campaign into this year.
export function CampaignManager({
  orgSlug,
  campaigns,
  periods,
}: {
  orgSlug: string;
  campaigns: TCampaignView[];
  periods: TPeriodOption[];
}) {
  const t = useTranslations("surveys");
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          creating || periods.length === 0 ? null : <Button onClick={() => setCreating(true)}>{t("new")}</Button>
        }
      />
      {creating ? <CreateCampaignForm orgSlug={orgSlug} periods={periods} onDone={() => setCreating(false)} /> : null}
      {campaigns.length === 0 ? (
        <EmptyState title={t("empty")}>{periods.length === 0 ? t("noOpenPeriod") : t("emptyHint")}</EmptyState>
      ) : (
        <ul className="space-y-4" aria-label={t("listLabel")}>
          {campaigns.map((c) => (
            <li key={c.id}>
              <CampaignCard orgSlug={orgSlug} campaign={c} periods={periods} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
