"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TPeriodOption } from "@/components/surveys/campaign-manager";
import { createSurveyAction } from "@/app/actions/surveys";
import { zCampaignCreate } from "@/lib/surveys/campaign-schemas";

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function CreateCampaignForm({
  orgSlug,
  periods,
  onDone,
}: {
  orgSlug: string;
  periods: TPeriodOption[];
  onDone: () => void;
}) {
  const t = useTranslations("surveys");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: zCampaignCreate,
    defaultValues: {
      periodId: periods[0]?.id ?? "",
      opensOn: today(),
      closesOn: inDays(21),
      expectedPopulation: "",
      digitalQuestions: true,
    },
    submit: (values) => createSurveyAction(orgSlug, values),
    onSuccess: onDone,
  });
  return (
    <FormCard title={t("new")} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} as="select" name="periodId" id="survey-period" label={t("period")}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          name="expectedPopulation"
          id="survey-population"
          label={t("population")}
          hint={t("populationHint")}
          inputMode="numeric"
        />
        <FormField bind={bind} name="opensOn" id="survey-opens" label={t("opensOn")} type="date" />
        <FormField bind={bind} name="closesOn" id="survey-closes" label={t("closesOn")} type="date" />
      </div>
      <label className="flex items-start gap-2 text-sm" htmlFor="survey-digital">
        <input id="survey-digital" type="checkbox" className="mt-1" {...bind.register("digitalQuestions")} />
        <span>
          {t("digitalQuestions")}
          <span className="block text-xs text-slate-500">{t("digitalQuestionsHint")}</span>
        </span>
      </label>
    </FormCard>
  );
}
