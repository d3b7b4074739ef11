"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { defaultPeriodDates, defaultPeriodLabel } from "@/lib/periods/dates";
import { MAX_YEAR, MIN_YEAR, ZPeriodCreate, type TPeriodCreate } from "@/lib/periods/schemas";

type Values = z.input<typeof ZPeriodCreate>;
type Props = {
  suggestedYear: number;
  fiscalYearStartMonth: number;
  submit: (values: TPeriodCreate) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

export function PeriodCreateForm({ suggestedYear, fiscalYearStartMonth, submit, onDone }: Props) {
  const t = useTranslations("periods");
  const tc = useTranslations("common");
  const defaultsFor = (year: number) => ({
    label: defaultPeriodLabel(year, fiscalYearStartMonth, t("fiscalYearPrefix")),
    ...defaultPeriodDates(year, fiscalYearStartMonth),
  });
  const initial: Values = { year: String(suggestedYear), ...defaultsFor(suggestedYear) };
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZPeriodCreate,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  const { register } = form;

  // Label and dates follow the year until the user edits them by hand.
  const followYear = (raw: string) => {
    const year = Number(raw);
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return;
    for (const [name, value] of Object.entries(defaultsFor(year)) as [keyof Values, string][]) {
      if (!form.getFieldState(name).isDirty) form.setValue(name, value);
    }
  };

  return (
    <Card className="mb-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("add")}>
        <h2 className="text-base font-semibold">{t("add")}</h2>
        <p className="text-sm text-slate-600">{t("defaultsHint")}</p>
        <FormError message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="period-year" label={t("year")} error={errorOf("year")}>
            <input
              {...register("year", { onChange: (e) => followYear(e.target.value) })}
              inputMode="numeric"
              {...fieldAria("period-year", errorOf("year"))}
              className={controlClass(!!errorOf("year"))}
            />
          </Field>
          <Field id="period-label" label={t("label")} error={errorOf("label")}>
            <input
              {...register("label")}
              {...fieldAria("period-label", errorOf("label"))}
              className={controlClass(!!errorOf("label"))}
            />
          </Field>
          <Field id="period-start" label={t("startDate")} error={errorOf("startDate")}>
            <input
              type="date"
              {...register("startDate")}
              {...fieldAria("period-start", errorOf("startDate"))}
              className={controlClass(!!errorOf("startDate"))}
            />
          </Field>
          <Field id="period-end" label={t("endDate")} error={errorOf("endDate")}>
            <input
              type="date"
              {...register("endDate")}
              {...fieldAria("period-end", errorOf("endDate"))}
              className={controlClass(!!errorOf("endDate"))}
            />
          </Field>
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={submitting}>
            {tc("create")}
          </Button>
          <Button variant="ghost" onClick={onDone}>
            {tc("cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
