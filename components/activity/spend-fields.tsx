"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { foldText, labelOf } from "@/components/activity/labels";
import { SelectField } from "@/components/activity/select-field";

// ADEME's 56 monetary-ratio categories, grouped goods / services, with a filter box to narrow the list.
export function RatioCategoryField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const locale = useLocale();
  const [filter, setFilter] = useState("");
  const chosen = props.form.watch("options.ratioCategory");
  const needle = foldText(filter);
  const options = props.choices.spendCategories
    .map((c) => ({ value: c.id, label: labelOf(c, locale), group: t(`ratioKind.${c.kind}`) }))
    .filter((o) => o.value === chosen || needle === "" || foldText(o.label).includes(needle))
    .sort((a, b) => a.group.localeCompare(b.group, locale) || a.label.localeCompare(b.label, locale));
  return (
    <SelectField
      {...props}
      name="options.ratioCategory"
      label={t("fields.ratioCategory")}
      empty={t("choose")}
      options={options}
      className="sm:col-span-2"
    >
      <input
        type="search"
        aria-label={t("fields.ratioFilter")}
        placeholder={t("fields.ratioFilter")}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
      />
    </SelectField>
  );
}

export function PurposeField(props: TOptionFieldProps) {
  const t = useTranslations("activity");
  const locale = useLocale();
  const options = props.choices.purposes.map((p) => ({ value: p.id, label: labelOf(p, locale) }));
  return (
    <SelectField
      {...props}
      name="options.purpose"
      label={t("fields.purpose")}
      hint={t("hints.purpose")}
      empty={t("defaultChoice")}
      options={options}
    />
  );
}
