"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { AirportCombobox } from "@/components/activity/airport-combobox";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { Field, controlClass, fieldAria } from "@/components/ui/field";

// A flight by airport pair (return toggle, travellers) or by distance; the aircraft size is optional.
export function FlightFields({ form, choices, messageOf, orgSlug, airportLabels }: TOptionFieldProps) {
  const t = useTranslations("activity");
  const mode = useWatch({ control: form.control, name: "flightMode" });
  const from = useWatch({ control: form.control, name: "options.airports.from" });
  const to = useWatch({ control: form.control, name: "options.airports.to" });
  const airportError = messageOf("options.airports");
  return (
    <fieldset className="space-y-4 sm:col-span-2">
      <legend className="sr-only">{t("fields.flight")}</legend>
      <div role="radiogroup" aria-label={t("fields.flightMode")} className="flex flex-wrap gap-4 text-sm">
        {(["airports", "distance"] as const).map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input type="radio" value={value} {...form.register("flightMode")} />
            {t(`flightMode.${value}`)}
          </label>
        ))}
      </div>
      {mode === "airports" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <AirportCombobox
            orgSlug={orgSlug}
            id="activity-from"
            label={t("fields.from")}
            value={from}
            initialLabel={airportLabels[from] ?? null}
            error={messageOf("options.airports.from") ?? airportError}
            onChange={(iata) =>
              form.setValue("options.airports.from", iata, { shouldValidate: form.formState.isSubmitted })
            }
          />
          <AirportCombobox
            orgSlug={orgSlug}
            id="activity-to"
            label={t("fields.to")}
            value={to}
            initialLabel={airportLabels[to] ?? null}
            error={messageOf("options.airports.to")}
            onChange={(iata) =>
              form.setValue("options.airports.to", iata, { shouldValidate: form.formState.isSubmitted })
            }
          />
          <Field
            id="activity-passengers"
            label={t("fields.passengers")}
            error={messageOf("options.airports.passengers")}
          >
            <input
              {...form.register("options.airports.passengers")}
              {...fieldAria("activity-passengers", messageOf("options.airports.passengers"))}
              inputMode="numeric"
              autoComplete="off"
              className={controlClass(!!messageOf("options.airports.passengers"))}
            />
          </Field>
          <label className="inline-flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
            <input type="checkbox" {...form.register("options.airports.returnTrip")} />
            {t("fields.returnTrip")}
          </label>
        </div>
      ) : null}
      <Field
        id="activity-seatClass"
        label={t("fields.seatClass")}
        hint={t("hints.seatClass")}
        error={messageOf("options.seatClass")}
      >
        <select
          {...form.register("options.seatClass")}
          {...fieldAria("activity-seatClass", messageOf("options.seatClass"))}
          className={controlClass(!!messageOf("options.seatClass"))}
        >
          <option value="">{t("seatClass.auto")}</option>
          {choices.seatClasses.map((c) => (
            <option key={c} value={c}>
              {t(`seatClass.${c}` as never)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
