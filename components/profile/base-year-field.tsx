"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import type { TOrganizationProfile, TOrganizationProfileInput } from "@/lib/organizations/profile-schemas";

const OTHER = "other";

type Props = {
  form: UseFormReturn<TOrganizationProfileInput, unknown, TOrganizationProfile>;
  periodYears: number[];
  error: string | undefined;
};

// The base year is usually one of the reporting periods; any other year stays possible (a bilan made
// before using Albedo), typed in a plain input.
export function BaseYearField({ form, periodYears, error }: Props) {
  const t = useTranslations("profile");
  const initial = String(form.getValues("baseYear") ?? "");
  const [free, setFree] = useState(initial !== "" && !periodYears.includes(Number(initial)));
  const id = "profile-base-year";
  return (
    <Field id={id} label={t("baseYear")} hint={free ? t("baseYearFreeHint") : t("baseYearHint")} error={error}>
      {free ? (
        <div className="flex gap-2">
          <input
            {...form.register("baseYear")}
            inputMode="numeric"
            {...fieldAria(id, error)}
            className={controlClass(!!error)}
          />
          {periodYears.length ? (
            <Button
              size="sm"
              variant="ghost"
              className="h-auto shrink-0"
              onClick={() => {
                setFree(false);
                form.setValue("baseYear", "", { shouldDirty: true });
              }}
            >
              {t("baseYearFromPeriods")}
            </Button>
          ) : null}
        </div>
      ) : (
        <select
          {...form.register("baseYear", {
            onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
              if (event.target.value !== OTHER) return;
              setFree(true);
              form.setValue("baseYear", "", { shouldDirty: true });
            },
          })}
          {...fieldAria(id, error)}
          className={controlClass(!!error)}
        >
          <option value="">{t("baseYearNone")}</option>
          {periodYears.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
          <option value={OTHER}>{t("baseYearOther")}</option>
        </select>
      )}
    </Field>
  );
}
