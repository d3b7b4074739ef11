"use client";

import { useTranslations } from "next-intl";
import { FormField, type TFieldBinding } from "@/components/forms/form-field";

/** The fields both forms share; each form passes its binding narrowed to them. */
export type TCommonFields = { periodId: string; name: string; hours: string; loadPct: string; location: string };

// The fields both forms ask: the period the import goes to, the resource's name, the hours covered, the
// load and the country of use.
export function CommonFields({
  bind,
  idPrefix,
  periods,
}: {
  bind: TFieldBinding<TCommonFields>;
  idPrefix: string;
  periods: { id: string; label: string }[];
}) {
  const t = useTranslations("boaviztaApi.common");
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <FormField bind={bind} name="periodId" id={`${idPrefix}-period`} label={t("period")} as="select">
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </FormField>
      <FormField
        bind={bind}
        name="name"
        id={`${idPrefix}-name`}
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="off"
      />
      <FormField
        bind={bind}
        name="hours"
        id={`${idPrefix}-hours`}
        label={t("hours")}
        hint={t("hoursHint")}
        inputMode="decimal"
      />
      <FormField
        bind={bind}
        name="loadPct"
        id={`${idPrefix}-load`}
        label={t("load")}
        hint={t("loadHint")}
        inputMode="decimal"
      />
      <FormField
        bind={bind}
        name="location"
        id={`${idPrefix}-location`}
        label={t("location")}
        hint={t("locationHint")}
        autoComplete="off"
        maxLength={3}
        className="sm:col-span-2"
      />
    </div>
  );
}
