"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { publishTransparencyAction } from "@/app/actions/transparency";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SECTION_KEYS, ZPublishInput, type TSections } from "@/lib/transparency/schemas";

type TValues = z.input<typeof ZPublishInput>;

// The sections, the periods of the totals and the readable address; publishing (again) takes a new snapshot.
export function PublishForm({
  orgSlug,
  periods,
  initial,
  slug,
  live,
}: {
  orgSlug: string;
  periods: { id: string; label: string }[];
  initial: TSections;
  slug: string | null;
  live: boolean;
}) {
  const t = useTranslations("transparency");
  const [done, setDone] = useState(false);
  const { bind, form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZPublishInput,
    defaultValues: { ...initial, slug: slug ?? "" } as TValues,
    submit: (values) => {
      setDone(false);
      return publishTransparencyAction(orgSlug, values);
    },
    onSuccess: () => setDone(true),
  });
  const sectionsError = errorOf("_form" as never);
  const periodsError = errorOf("periodIds");
  return (
    <Card>
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-5"
        aria-label={t(live ? "manage.form.titleAgain" : "manage.form.title")}
      >
        <h2 className="text-base font-semibold">{t(live ? "manage.form.titleAgain" : "manage.form.title")}</h2>
        <FormError message={formError} />
        <fieldset className="space-y-2" aria-describedby={sectionsError ? "publish-sections-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("manage.form.sections")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {SECTION_KEYS.map((key) => (
              <label key={key} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-0.5" {...form.register(key)} />
                <span>{t(`sections.${key}`)}</span>
              </label>
            ))}
          </div>
          {sectionsError ? (
            <p id="publish-sections-error" className="text-sm text-red-700">
              {sectionsError}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="space-y-2" aria-describedby={periodsError ? "publish-periods-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("manage.form.periods")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {periods.map((p) => (
              <label key={p.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={p.id} {...form.register("periodIds")} />
                <span>{p.label}</span>
              </label>
            ))}
          </div>
          {periodsError ? (
            <p id="publish-periods-error" className="text-sm text-red-700">
              {periodsError}
            </p>
          ) : null}
        </fieldset>
        <FormField
          bind={bind}
          name="slug"
          id="publish-slug"
          label={t("manage.form.slug")}
          hint={t("manage.form.slugHint")}
          autoComplete="off"
          className="max-w-md"
        />
        <FormSuccess message={done ? t("manage.form.published") : null} />
        <Button type="submit" disabled={submitting}>
          {t(live ? "manage.form.republish" : "manage.form.publish")}
        </Button>
      </form>
    </Card>
  );
}
