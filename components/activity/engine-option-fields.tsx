"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { SelectField } from "@/components/activity/select-field";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { FREIGHT_DIRECTIONS } from "@/lib/calc";
import { formatNumber } from "@/lib/numbers/format";

// Options that classify or scale a line without picking another type: freight direction, waste treatment,
// equipment lifetime (amortised periods only), hosting PUE. Labels in messages (`activity` namespace).

export function DirectionField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const options = FREIGHT_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }));
  return (
    <SelectField
      {...props}
      name="options.direction"
      label={t("fields.direction")}
      hint={t("hints.direction")}
      empty={t("direction.default")}
      options={options}
    />
  );
}

export function TreatmentField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const typeId = useWatch({ control: props.form.control, name: "activityTypeId" });
  const treatments = props.choices.types.find((x) => x.id === typeId)?.treatments ?? [];
  const options = treatments.map((v) => ({ value: v, label: t(`treatment.${v}` as never) }));
  const fallback = treatments[0];
  return (
    <SelectField
      {...props}
      name="options.treatment"
      label={t("fields.treatment")}
      hint={t("hints.treatment")}
      empty={fallback ? t("treatment.default", { name: t(`treatment.${fallback}` as never) }) : t("defaultChoice")}
      options={options}
    />
  );
}

function NumberOption({
  form,
  messageOf,
  name,
  label,
  hint,
  placeholder,
}: TOptionFieldProps & { name: "lifetimeYears" | "pue"; label: string; hint: string; placeholder?: string }) {
  const id = `activity-options-${name}`;
  const error = messageOf(`options.${name}`);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        {...form.register(`options.${name}`)}
        {...fieldAria(id, error)}
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder}
        className={controlClass(!!error)}
      />
    </Field>
  );
}

export function LifetimeYearsField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const locale = useLocale();
  const typeId = useWatch({ control: props.form.control, name: "activityTypeId" });
  const fallback = props.choices.types.find((x) => x.id === typeId)?.lifetimeYears ?? null;
  const years = fallback === null ? "" : formatNumber(fallback, locale, 1);
  return (
    <NumberOption
      {...props}
      name="lifetimeYears"
      label={t("fields.lifetimeYears")}
      hint={fallback === null ? t("hints.lifetimeRequired") : t("hints.lifetimeYears", { years })}
      placeholder={years}
    />
  );
}

export function PueField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const locale = useLocale();
  return (
    <NumberOption
      {...props}
      name="pue"
      label={t("fields.pue")}
      hint={t("hints.pue")}
      placeholder={formatNumber(1, locale, 1)}
    />
  );
}
