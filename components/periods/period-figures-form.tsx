"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatForInput } from "@/lib/numbers/format";
import { zPeriodFigures, type TPeriodFigures } from "@/lib/periods/figures-schema";

type Props = {
  title: string;
  initial: { headcount: number | null; annualRevenueEur: string | null };
  submit: (values: TPeriodFigures) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

// The period's own headcount and revenue, typed in the user's locale; empty = the profile's figures.
export function PeriodFiguresForm({ title, initial, submit, onDone }: Props) {
  const t = useTranslations("periods.figures");
  const locale = useLocale();
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: zPeriodFigures,
    defaultValues: {
      headcount: formatForInput(initial.headcount, locale),
      annualRevenueEur: formatForInput(initial.annualRevenueEur, locale),
    },
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="headcount" id="period-headcount" label={t("headcount")} inputMode="numeric" />
        <FormField bind={bind} name="annualRevenueEur" id="period-revenue" label={t("revenue")} inputMode="decimal" />
      </div>
    </FormCard>
  );
}
