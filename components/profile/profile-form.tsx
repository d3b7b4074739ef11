"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { BaseYearField } from "@/components/profile/base-year-field";
import { monthNames } from "@/components/profile/month-names";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { zOrganizationProfile } from "@/lib/organizations/profile-schemas";
import { updateProfileAction } from "@/app/actions/profile";

// Every control holds text; the shared schema turns it into numbers and nulls on both sides.
export type ProfileFormValues = Record<
  "name" | "country" | "naceCode" | "headcount" | "annualRevenueEur" | "fiscalYearStartMonth" | "baseYear" | "currency",
  string
>;

export function ProfileForm({
  orgSlug,
  initial,
  periodYears,
}: {
  orgSlug: string;
  initial: ProfileFormValues;
  periodYears: number[];
}) {
  const t = useTranslations("profile");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: zOrganizationProfile,
    defaultValues: initial,
    submit: (values) => {
      setSaved(false);
      return updateProfileAction(orgSlug, values);
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const { register } = form;
  const text = (name: keyof ProfileFormValues, id: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input {...register(name)} {...extra} {...fieldAria(id, errorOf(name))} className={controlClass(!!errorOf(name))} />
  );

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <FormError message={formError} />
        <FormSuccess message={saved ? t("saved") : null} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="profile-name" label={t("name")} error={errorOf("name")}>
            {text("name", "profile-name")}
          </Field>
          <Field id="profile-country" label={t("country")} hint={t("countryHint")} error={errorOf("country")}>
            {text("country", "profile-country", { maxLength: 2, autoCapitalize: "characters" })}
          </Field>
          <Field id="profile-nace" label={t("naceCode")} hint={t("naceCodeHint")} error={errorOf("naceCode")}>
            {text("naceCode", "profile-nace", { placeholder: "62.01" })}
          </Field>
          <Field id="profile-headcount" label={t("headcount")} error={errorOf("headcount")}>
            {text("headcount", "profile-headcount", { inputMode: "numeric" })}
          </Field>
          <Field
            id="profile-revenue"
            label={t("annualRevenue")}
            hint={t("annualRevenueHint")}
            error={errorOf("annualRevenueEur")}
          >
            {text("annualRevenueEur", "profile-revenue", { inputMode: "decimal" })}
          </Field>
          <Field id="profile-currency" label={t("currency")} hint={t("currencyHint")} error={errorOf("currency")}>
            {text("currency", "profile-currency", { maxLength: 3, autoCapitalize: "characters" })}
          </Field>
          <Field
            id="profile-fy-month"
            label={t("fiscalYearStartMonth")}
            hint={t("fiscalYearStartMonthHint")}
            error={errorOf("fiscalYearStartMonth")}
          >
            <select
              {...register("fiscalYearStartMonth")}
              {...fieldAria("profile-fy-month", errorOf("fiscalYearStartMonth"))}
              className={controlClass(!!errorOf("fiscalYearStartMonth"))}
            >
              {monthNames(format).map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <BaseYearField form={form} periodYears={periodYears} error={errorOf("baseYear")} />
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={submitting}>
            {tc("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
