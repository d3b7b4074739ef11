"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { ZProductCreate, type TProductCreate } from "@/lib/products/schemas";

export type ProductFormValues = z.input<typeof ZProductCreate>;

type Props = {
  initial: ProductFormValues;
  submit: (values: TProductCreate) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  title: string;
};

export function ProductForm({ initial, submit, onDone, title }: Props) {
  const t = useTranslations("products");
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZProductCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  const { register } = form;
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="product-name" label={t("name")} error={errorOf("name")}>
          <input
            {...register("name")}
            {...fieldAria("product-name", errorOf("name"))}
            className={controlClass(!!errorOf("name"))}
          />
        </Field>
        <Field
          id="product-unit"
          label={t("functionalUnit")}
          hint={t("functionalUnitHint")}
          error={errorOf("functionalUnit")}
        >
          <input
            {...register("functionalUnit")}
            {...fieldAria("product-unit", errorOf("functionalUnit"))}
            className={controlClass(!!errorOf("functionalUnit"))}
          />
        </Field>
        <Field
          id="product-description"
          label={t("description")}
          error={errorOf("description")}
          className="sm:col-span-2"
        >
          <textarea
            {...register("description")}
            rows={3}
            {...fieldAria("product-description", errorOf("description"))}
            className={controlClass(!!errorOf("description"))}
          />
        </Field>
      </div>
    </FormCard>
  );
}
