"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { BaseYearField } from "@/components/profile/base-year-field";
import { monthNames } from "@/components/profile/month-names";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
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
  const { form, bind, onSubmit, formError, errorOf, submitting } = useActionForm({
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
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <FormError message={formError} />
        <FormSuccess message={saved ? t("saved") : null} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField bind={bind} name="name" id="profile-name" label={t("name")} />
          <FormField
            bind={bind}
            name="country"
            id="profile-country"
            label={t("country")}
            hint={t("countryHint")}
            maxLength={2}
            autoCapitalize="characters"
          />
          <FormField
            bind={bind}
            name="naceCode"
            id="profile-nace"
            label={t("naceCode")}
            hint={t("naceCodeHint")}
            placeholder="62.01"
          />
          <FormField bind={bind} name="headcount" id="profile-headcount" label={t("headcount")} inputMode="numeric" />
          <FormField
            bind={bind}
            name="annualRevenueEur"
            id="profile-revenue"
            label={t("annualRevenue")}
            hint={t("annualRevenueHint")}
            inputMode="decimal"
          />
          <FormField
            bind={bind}
            name="currency"
            id="profile-currency"
            label={t("currency")}
            hint={t("currencyHint")}
            maxLength={3}
            autoCapitalize="characters"
          />
          <FormField
            bind={bind}
            as="select"
            name="fiscalYearStartMonth"
            id="profile-fy-month"
            label={t("fiscalYearStartMonth")}
            hint={t("fiscalYearStartMonthHint")}
          >
            {monthNames(format).map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </FormField>
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
