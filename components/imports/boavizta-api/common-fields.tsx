"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { FormField, type TFieldBinding } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";

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
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-6">
      <FormField
        bind={bind}
        name="periodId"
        id={`${idPrefix}-period`}
        label={t("period")}
        as="select"
        className="lg:col-span-3"
      >
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
        className="lg:col-span-3"
      />
      <FormField
        bind={bind}
        name="hours"
        id={`${idPrefix}-hours`}
        label={t("hours")}
        hint={t("hoursHint")}
        inputMode="decimal"
        className="lg:col-span-2"
      />
      <FormField
        bind={bind}
        name="loadPct"
        id={`${idPrefix}-load`}
        label={t("load")}
        hint={t("loadHint")}
        inputMode="decimal"
        className="lg:col-span-2"
      />
      <FormField
        bind={bind}
        name="location"
        id={`${idPrefix}-location`}
        label={t("location")}
        hint={t("locationHint")}
        autoComplete="off"
        maxLength={3}
        className="lg:col-span-2"
      />
    </div>
  );
}

/** The end of both forms: the API's or the pipeline's message, the button, and what happens next. */
export function SubmitRow({ message, submitting }: { message: string | null; submitting: boolean }) {
  const t = useTranslations("boaviztaApi.common");
  return (
    <>
      <FormError message={message} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? t("submitting") : t("submit")}
        </Button>
        <p className="text-xs text-slate-500">{t("then")}</p>
      </div>
    </>
  );
}
