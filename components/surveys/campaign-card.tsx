"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Stat } from "@/components/surveys/stat";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { Badge, Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { DuplicateCampaignForm } from "@/components/surveys/duplicate-campaign-form";
import type { TCampaignView, TPeriodOption } from "@/components/surveys/campaign-manager";
import { closeSurveyAction, reopenSurveyAction, revokeSurveyAction } from "@/app/actions/surveys";

const TONE = { open: "green", scheduled: "blue", ended: "amber", closed: "slate", revoked: "red" } as const;

export function CampaignCard({
  orgSlug,
  campaign: c,
  periods,
}: {
  orgSlug: string;
  campaign: TCampaignView;
  periods: TPeriodOption[];
}) {
  const t = useTranslations("surveys");
  const te = useTranslations("errors");
  const [error, setError] = useState<string | null>(null);
  const usable = c.state === "open" || c.state === "scheduled";
  return (
    <Card>
      <div data-testid="survey-campaign" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">{t("campaignOf", { period: c.periodLabel })}</h2>
          <span className="flex items-center gap-3">
            <Link href={`/${orgSlug}/collection/surveys/${c.id}`} className="text-sm text-brand-700 underline">
              {t("results.link")}
            </Link>
            <Badge tone={TONE[c.state]}>{t(`states.${c.state}`)}</Badge>
          </span>
        </div>
        <p className="text-sm text-slate-600">
          {t("dates", { opens: c.opensOn, closes: c.closesOn })}
          {c.digitalQuestions ? ` · ${t("withDigital")}` : ""}
        </p>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <Stat label={t("responses")} value={c.responses} testId="survey-responses" />
          <Stat label={t("population")} value={c.population} />
          <Stat label={t("responseRate")} value={c.rate} />
          <Stat label={t("lastDay")} value={c.lastDay} />
        </dl>
        {c.lowRate ? (
          <p className="text-sm text-amber-800" role="note">
            {t("lowRate")}
          </p>
        ) : null}
        <FormError message={error} />
        {usable ? (
          <>
            <CopyField
              id={`survey-link-${c.id}`}
              label={t("link")}
              value={c.link}
              copyLabel={t("copy")}
              copiedLabel={t("copied")}
              testId="survey-link"
              labelClassName="block text-xs text-slate-500"
            />
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">{t("qrCode")}</summary>
              <div className="mt-2 flex flex-wrap items-end gap-3">
                <img src={c.qrDataUrl} alt={t("qrAlt")} width={180} height={180} className="border border-slate-200" />
                <a className="text-brand-700 underline" href={c.qrDataUrl} download={`survey-${c.periodYear}.svg`}>
                  {t("downloadQr")}
                </a>
              </div>
            </details>
          </>
        ) : null}
        {c.state === "closed" ? <p className="text-sm text-slate-600">{t("closedNote")}</p> : null}
        <div className="flex flex-wrap items-start gap-2">
          {c.canClose ? (
            <ConfirmButton
              variant="primary"
              label={c.state === "closed" ? t("closeAgain") : t("close")}
              confirmLabel={t("confirmClose")}
              onConfirm={async () => {
                const result = await closeSurveyAction(orgSlug, { id: c.id });
                setError(result.ok ? null : te(result.error));
              }}
            />
          ) : null}
          {c.state === "closed" ? (
            <ConfirmButton
              variant="secondary"
              label={t("reopen")}
              confirmLabel={t("confirmReopen")}
              onConfirm={async () => {
                const result = await reopenSurveyAction(orgSlug, { id: c.id });
                setError(result.ok ? null : te(result.error));
              }}
            />
          ) : null}
          {c.state !== "revoked" && c.state !== "closed" ? (
            <ConfirmButton
              label={t("revoke")}
              confirmLabel={t("confirmRevoke")}
              onConfirm={async () => {
                const result = await revokeSurveyAction(orgSlug, { id: c.id });
                setError(result.ok ? null : te(result.error));
              }}
            />
          ) : null}
          <DuplicateCampaignForm orgSlug={orgSlug} campaignId={c.id} periods={periods} />
        </div>
      </div>
    </Card>
  );
}
