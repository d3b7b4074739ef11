"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
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
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZProductCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="name" id="product-name" label={t("name")} />
        <FormField
          bind={bind}
          name="functionalUnit"
          id="product-unit"
          label={t("functionalUnit")}
          hint={t("functionalUnitHint")}
        />
        <FormField
          bind={bind}
          as="textarea"
          name="description"
          id="product-description"
          label={t("description")}
          rows={3}
          className="sm:col-span-2"
        />
      </div>
    </FormCard>
  );
}
