"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { assignProductByTagAction } from "@/app/actions/hosting";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZProductByTag } from "@/lib/imports/boavizta/hosting-schemas";

type TOption = { value: string; label: string };

// "Every resource tagged app=booking belongs to Réservations": moves the period's matching resources' rows
// in the inventory to the product (or off any product), audited. Managers only.
export function ProductByTagForm({
  orgSlug,
  periods,
  products,
  tagKeys,
}: {
  orgSlug: string;
  periods: TOption[];
  products: TOption[];
  tagKeys: string[];
}) {
  const t = useTranslations("imports.hosting.rule");
  const [done, setDone] = useState<string | null>(null);
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZProductByTag,
    defaultValues: { periodId: periods[0]?.value ?? "", tagKey: tagKeys[0] ?? "", tagValue: "", productId: "" },
    submit: (values) => {
      setDone(null);
      return assignProductByTagAction(orgSlug, values);
    },
    onSuccess: (r) => setDone(t("done", { matched: r.matched, changed: r.changed })),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-3">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField bind={bind} as="select" name="periodId" id="rule-period" label={t("period")}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} name="tagKey" id="rule-tag-key" label={t("tagKey")} list="rule-tag-keys" />
        <datalist id="rule-tag-keys">
          {tagKeys.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <FormField bind={bind} name="tagValue" id="rule-tag-value" label={t("tagValue")} />
        <FormField bind={bind} as="select" name="productId" id="rule-product" label={t("product")}>
          <option value="">{t("noProduct")}</option>
          {products.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </FormField>
      </div>
      <Button type="submit" size="sm" disabled={submitting}>
        {t("apply")}
      </Button>
    </form>
  );
}
