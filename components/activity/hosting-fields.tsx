"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { countryName } from "@/components/activity/labels";
import { SelectField } from "@/components/activity/select-field";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { formatNumber } from "@/lib/numbers/format";

type TServerKey = "count" | "watts" | "hours";

function ServerInput({
  form,
  messageOf,
  name,
  label,
  hint,
  placeholder,
}: TOptionFieldProps & {
  name: TServerKey;
  label: string;
  hint?: string;
  placeholder?: string;
}) {
  const id = `activity-servers-${name}`;
  const error = messageOf(`options.servers.${name}`) ?? (name === "count" ? messageOf("options.servers") : undefined);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        {...form.register(`options.servers.${name}`)}
        {...fieldAria(id, error)}
        inputMode={name === "count" ? "numeric" : "decimal"}
        autoComplete="off"
        placeholder={placeholder}
        className={controlClass(!!error)}
      />
    </Field>
  );
}

// Hosting: the energy as metered kWh (the quantity fields) or as servers × average power × hours, which
// the server turns into kWh (lib/activity/server-energy.ts); and the country whose grid the servers use.
export function HostingFields(props: TOptionFieldProps) {
  const { form, choices, messageOf, periodHours } = props;
  const t = useTranslations("activity");
  const locale = useLocale();
  const mode = useWatch({ control: form.control, name: "hostingMode" });
  const countries = choices.gridCountries
    .map((c) => ({ value: c, label: countryName(c, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const hours = periodHours == null ? undefined : formatNumber(periodHours, locale, 0);
  return (
    <fieldset className="space-y-4 sm:col-span-2">
      <legend className="sr-only">{t("fields.hostingMode")}</legend>
      <div role="radiogroup" aria-label={t("fields.hostingMode")} className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {(["energy", "servers"] as const).map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input type="radio" value={value} {...form.register("hostingMode")} />
            {t(`hostingMode.${value}`)}
          </label>
        ))}
      </div>
      {mode === "servers" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <ServerInput {...props} name="count" label={t("fields.servers")} />
          <ServerInput {...props} name="watts" label={t("fields.serverWatts")} hint={t("hints.serverWatts")} />
          <ServerInput
            {...props}
            name="hours"
            label={t("fields.serverHours")}
            hint={hours === undefined ? undefined : t("hints.serverHours", { hours })}
            placeholder={hours}
          />
        </div>
      ) : null}
      <SelectField
        form={form}
        messageOf={messageOf}
        name="region"
        label={t("fields.hostingCountry")}
        hint={t("hints.hostingCountry")}
        empty={t("defaultChoice")}
        options={countries}
      />
    </fieldset>
  );
}
