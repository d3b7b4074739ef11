"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { Field } from "@/components/ui/field";
import { SearchSelect } from "@/components/ui/search-select";
import { formatNumber } from "@/lib/numbers/format";

// District heating or cooling: ADEME's networks (named from the organisation's accepted release),
// searchable by town, department or name. Empty = the site's network, else ADEME's "other networks".
export function NetworkField({ form, messageOf, networks }: TOptionFieldProps) {
  const t = useTranslations("activity");
  const ts = useTranslations("siteEnergy");
  const locale = useLocale();
  const typeId = useWatch({ control: form.control, name: "activityTypeId" });
  const cooling = typeId === "energy.district_cooling";
  const list = (cooling ? networks?.cooling : networks?.heat) ?? [];
  const fallback = cooling ? networks?.coolingDefault : networks?.heatDefault;
  const kg = (v: string) => ts("networkValue", { value: formatNumber(Number(v), locale, 4) });
  const options = list.map((n) => ({ value: n.key, label: n.label, detail: kg(n.value) }));
  const id = "activity-options-network";
  const error = messageOf("options.network");
  return (
    <Field
      id={id}
      label={cooling ? t("fields.coolingNetwork") : t("fields.network")}
      error={error}
      hint={fallback ? t("hints.networkWithDefault", { value: kg(fallback) }) : t("hints.network")}
      className="sm:col-span-2"
    >
      <Controller
        control={form.control}
        name="options.network"
        render={({ field }) => (
          <SearchSelect
            id={id}
            options={options}
            value={field.value === "" ? null : field.value}
            onChange={(v) => field.onChange(v ?? "")}
            placeholder={ts("networkSearch")}
            noneLabel={t("networkNone")}
            noResults={ts("noResults")}
            more={(count) => ts("more", { count })}
            invalid={!!error}
            describedBy={error ? `${id}-error` : undefined}
          />
        )}
      />
    </Field>
  );
}
