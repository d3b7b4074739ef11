"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { SITE_KINDS, zSiteCreate, type TSiteCreate } from "@/lib/sites/schemas";
import type { z } from "zod";

export type SiteFormValues = z.input<ReturnType<typeof zSiteCreate>>;

type Props = {
  initial: SiteFormValues;
  submit: (values: TSiteCreate) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  title: string;
};

export function SiteForm({ initial, submit, onDone, title }: Props) {
  const t = useTranslations("sites");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: zSiteCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="name" id="site-name" label={t("name")} />
        <FormField bind={bind} as="select" name="kind" id="site-kind" label={t("kind")}>
          {SITE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} name="address" id="site-address" label={t("address")} />
        <FormField bind={bind} name="city" id="site-city" label={t("city")} />
        <FormField
          bind={bind}
          name="country"
          id="site-country"
          label={t("country")}
          hint={t("countryHint")}
          maxLength={2}
        />
        <FormField bind={bind} name="surfaceM2" id="site-surface" label={t("surface")} inputMode="numeric" />
        <FormField bind={bind} name="headcount" id="site-headcount" label={t("headcount")} inputMode="numeric" />
      </div>
    </FormCard>
  );
}
