"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { TPeriodOption } from "@/components/surveys/campaign-manager";
import { duplicateSurveyAction } from "@/app/actions/surveys";
import { ZCampaignDuplicate } from "@/lib/surveys/campaign-schemas";

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Last year's campaign again for another open period: same population and questions, a new link.
export function DuplicateCampaignForm({
  orgSlug,
  campaignId,
  periods,
}: {
  orgSlug: string;
  campaignId: string;
  periods: TPeriodOption[];
}) {
  const t = useTranslations("surveys");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZCampaignDuplicate,
    defaultValues: { id: campaignId, periodId: periods[0]?.id ?? "", opensOn: isoIn(0), closesOn: isoIn(21) },
    submit: (values) => duplicateSurveyAction(orgSlug, values),
    onSuccess: () => setOpen(false),
  });
  if (periods.length === 0) return null;
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("duplicate")}
      </Button>
    );
  }
  const prefix = `dup-${campaignId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="w-full space-y-3 rounded-md border border-slate-200 p-3">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField bind={bind} as="select" name="periodId" id={`${prefix}-period`} label={t("period")}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} name="opensOn" id={`${prefix}-opens`} label={t("opensOn")} type="date" />
        <FormField bind={bind} name="closesOn" id={`${prefix}-closes`} label={t("closesOn")} type="date" />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={submitting}>
          {t("duplicate")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
