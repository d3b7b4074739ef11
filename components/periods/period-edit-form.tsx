"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { ZPeriodUpdate, type TPeriodUpdate } from "@/lib/periods/schemas";

type Props = {
  title: string;
  initial: z.input<typeof ZPeriodUpdate>;
  submit: (values: TPeriodUpdate) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

// The year is fixed once created; only the label and the exact dates can be corrected.
export function PeriodEditForm({ title, initial, submit, onDone }: Props) {
  const t = useTranslations("periods");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZPeriodUpdate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField bind={bind} name="label" id="period-edit-label" label={t("label")} />
        <FormField bind={bind} name="startDate" id="period-edit-start" label={t("startDate")} type="date" />
        <FormField bind={bind} name="endDate" id="period-edit-end" label={t("endDate")} type="date" />
      </div>
    </FormCard>
  );
}
