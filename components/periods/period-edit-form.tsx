"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
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
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZPeriodUpdate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  const { register } = form;
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="period-edit-label" label={t("label")} error={errorOf("label")}>
          <input
            {...register("label")}
            {...fieldAria("period-edit-label", errorOf("label"))}
            className={controlClass(!!errorOf("label"))}
          />
        </Field>
        <Field id="period-edit-start" label={t("startDate")} error={errorOf("startDate")}>
          <input
            type="date"
            {...register("startDate")}
            {...fieldAria("period-edit-start", errorOf("startDate"))}
            className={controlClass(!!errorOf("startDate"))}
          />
        </Field>
        <Field id="period-edit-end" label={t("endDate")} error={errorOf("endDate")}>
          <input
            type="date"
            {...register("endDate")}
            {...fieldAria("period-edit-end", errorOf("endDate"))}
            className={controlClass(!!errorOf("endDate"))}
          />
        </Field>
      </div>
    </FormCard>
  );
}
