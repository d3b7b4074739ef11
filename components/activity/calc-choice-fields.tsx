"use client";

import { useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { DataQualityField } from "@/components/activity/data-quality-field";
import { FactorPickerField } from "@/components/activity/factor-picker-field";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { MarketInstrumentField } from "@/components/activity/market-instrument-field";

type Props = Pick<TOptionFieldProps, "form" | "orgSlug"> & {
  keyOf: (path: string) => string | undefined; // the untranslated message key of a payload path
  factorUncertaintyPct: number | null | undefined; // from the preview; undefined = no preview yet
  electricity: boolean; // the type takes a scope-2 market-based instrument
};

// How the line is computed beyond its quantity: how sure the quantity is (data quality or a percentage),
// another library factor than the type's default, and, for electricity, the contract this line used.
export function CalcChoiceFields({ form, orgSlug, keyOf, factorUncertaintyPct, electricity }: Props) {
  const t = useTranslations("activity");
  const [dataQuality, uncertaintyPct, unit] = useWatch({
    control: form.control,
    name: ["dataQuality", "uncertaintyPct", "unit"],
  });
  const marketErrors = (name: "kind" | "kgCO2ePerKWh" | "supplier" | "certificateRef") =>
    keyOf(`marketInstrument.${name}`);
  return (
    <fieldset className="space-y-5 sm:col-span-2">
      <legend className="mb-4 w-full border-t border-slate-200 pt-4 text-sm font-semibold text-slate-900">
        {t("calcChoices")}
      </legend>
      <DataQualityField
        value={{ dataQuality, uncertaintyPct }}
        onChange={(v) => {
          form.setValue("dataQuality", v.dataQuality, { shouldDirty: true });
          form.setValue("uncertaintyPct", v.uncertaintyPct, { shouldDirty: true });
        }}
        error={{ dataQuality: keyOf("dataQuality"), uncertaintyPct: keyOf("uncertaintyPct") }}
        factorUncertaintyPct={factorUncertaintyPct}
      />
      <Controller
        control={form.control}
        name="libraryFactor"
        render={({ field }) => (
          <FactorPickerField
            orgSlug={orgSlug}
            value={field.value}
            onChange={field.onChange}
            error={keyOf("libraryFactorId")}
            activityUnit={unit || undefined}
          />
        )}
      />
      {electricity ? (
        <Controller
          control={form.control}
          name="marketInstrument"
          render={({ field }) => (
            <MarketInstrumentField
              value={field.value}
              onChange={field.onChange}
              error={keyOf("marketInstrument")}
              errors={{
                kind: marketErrors("kind"),
                kgCO2ePerKWh: marketErrors("kgCO2ePerKWh"),
                supplier: marketErrors("supplier"),
                certificateRef: marketErrors("certificateRef"),
              }}
            />
          )}
        />
      ) : null}
    </fieldset>
  );
}
