"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import {
  DirectionField,
  LifetimeYearsField,
  PueField,
  TreatmentField,
} from "@/components/activity/engine-option-fields";
import { FlightFields } from "@/components/activity/flight-fields";
import { HostingFields } from "@/components/activity/hosting-fields";
import { countryName } from "@/components/activity/labels";
import { NetworkField } from "@/components/activity/network-field";
import { SelectField } from "@/components/activity/select-field";
import { PurposeField, RatioCategoryField } from "@/components/activity/spend-fields";
import type { TFormOptionKey } from "@/lib/activity/form-options";

function FuelField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const typeId = useWatch({ control: props.form.control, name: "activityTypeId" });
  const fuels = props.choices.types.find((x) => x.id === typeId)?.fuels ?? props.choices.fuels;
  const options = fuels.map((f) => ({ value: f, label: t(`fuel.${f}` as never) }));
  return (
    <SelectField {...props} name="options.fuel" label={t("fields.fuel")} empty={t("defaultChoice")} options={options} />
  );
}

function CountryField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const locale = useLocale();
  const options = props.choices.hotelCountries
    .map((c) => ({ value: c, label: countryName(c, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <SelectField
      {...props}
      name="options.country"
      label={t("fields.country")}
      hint={t("hints.country")}
      empty={t("defaultChoice")}
      options={options}
    />
  );
}

// Option key (lib/activity/form-options.ts) → the field that edits it. A new option is one entry here.
export const OPTION_FIELDS: Record<TFormOptionKey, (props: TOptionFieldProps) => React.ReactNode> = {
  airports: FlightFields,
  fuel: FuelField,
  network: NetworkField,
  country: CountryField,
  ratioCategory: RatioCategoryField,
  purpose: PurposeField,
  direction: DirectionField,
  treatment: TreatmentField,
  lifetimeYears: LifetimeYearsField,
  servers: HostingFields,
  pue: PueField,
};
