"use client";

import { useTranslations } from "next-intl";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { FormCard } from "@/components/forms/form-card";
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
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: zSiteCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  const { register } = form;
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="site-name" label={t("name")} error={errorOf("name")}>
          <input
            {...register("name")}
            {...fieldAria("site-name", errorOf("name"))}
            className={controlClass(!!errorOf("name"))}
          />
        </Field>
        <Field id="site-kind" label={t("kind")} error={errorOf("kind")}>
          <select
            {...register("kind")}
            {...fieldAria("site-kind", errorOf("kind"))}
            className={controlClass(!!errorOf("kind"))}
          >
            {SITE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="site-address" label={t("address")} error={errorOf("address")}>
          <input
            {...register("address")}
            {...fieldAria("site-address", errorOf("address"))}
            className={controlClass(!!errorOf("address"))}
          />
        </Field>
        <Field id="site-city" label={t("city")} error={errorOf("city")}>
          <input
            {...register("city")}
            {...fieldAria("site-city", errorOf("city"))}
            className={controlClass(!!errorOf("city"))}
          />
        </Field>
        <Field id="site-country" label={t("country")} hint={t("countryHint")} error={errorOf("country")}>
          <input
            {...register("country")}
            maxLength={2}
            {...fieldAria("site-country", errorOf("country"))}
            className={controlClass(!!errorOf("country"))}
          />
        </Field>
        <Field id="site-surface" label={t("surface")} error={errorOf("surfaceM2")}>
          <input
            {...register("surfaceM2")}
            inputMode="numeric"
            {...fieldAria("site-surface", errorOf("surfaceM2"))}
            className={controlClass(!!errorOf("surfaceM2"))}
          />
        </Field>
        <Field id="site-headcount" label={t("headcount")} error={errorOf("headcount")}>
          <input
            {...register("headcount")}
            inputMode="numeric"
            {...fieldAria("site-headcount", errorOf("headcount"))}
            className={controlClass(!!errorOf("headcount"))}
          />
        </Field>
      </div>
    </FormCard>
  );
}
