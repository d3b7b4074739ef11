"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, type FieldErrors } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { useActionForm } from "@/components/forms/use-action-form";
import { MarketInstrumentField, type TMarketInstrumentValue } from "@/components/activity/market-instrument-field";
import { useFieldMessage } from "@/components/activity/use-field-message";
import { Field } from "@/components/ui/field";
import { SearchSelect } from "@/components/ui/search-select";
import type { ActionResult } from "@/lib/actions/result";
import { formatNumber } from "@/lib/numbers/format";
import { zSiteEnergy, type TSiteEnergyInput } from "@/lib/sites/energy-schema";
import type { TNetworkLists } from "@/lib/sites/networks";

export type TSiteEnergyValues = {
  heatNetwork: string | null;
  coolingNetwork: string | null;
  marketInstrument: TMarketInstrumentValue | null;
};

type Props = {
  title: string;
  initial: TSiteEnergyValues;
  networks: TNetworkLists;
  submit: (values: TSiteEnergyInput) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

const keyOf = (errors: FieldErrors, path: string): string | undefined => {
  const node = path.split(".").reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], errors);
  return (node as { message?: string } | undefined)?.message;
};

// A site's heating and cooling networks (ADEME's list, searchable) and its electricity contract.
export function SiteEnergyForm({ title, initial, networks, submit, onDone }: Props) {
  const t = useTranslations("siteEnergy");
  const locale = useLocale();
  const message = useFieldMessage();
  const { form, onSubmit, formError, submitting } = useActionForm({
    schema: zSiteEnergy,
    defaultValues: initial as never,
    submit,
    onSuccess: onDone,
  });
  const errors = form.formState.errors;
  const value = (v: string) => t("networkValue", { value: formatNumber(Number(v), locale, 4) });
  const network = (name: "heatNetwork" | "coolingNetwork", kind: "heat" | "cooling") => {
    const options = networks[kind].map((n) => ({ value: n.key, label: n.label, detail: value(n.value) }));
    const fallback = kind === "heat" ? networks.heatDefault : networks.coolingDefault;
    const id = `site-${name}`;
    const error = message(keyOf(errors, name));
    return (
      <Field
        id={id}
        label={t(name)}
        error={error}
        hint={
          fallback === null
            ? undefined
            : t(kind === "heat" ? "heatDefault" : "coolingDefault", {
                value: formatNumber(Number(fallback), locale, 4),
              })
        }
      >
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <SearchSelect
              id={id}
              options={options}
              value={(field.value as string | null) ?? null}
              onChange={field.onChange}
              placeholder={t("networkSearch")}
              noneLabel={t("networkNone")}
              noResults={t("noResults")}
              more={(count) => t("more", { count })}
              invalid={!!error}
              describedBy={error ? `${id}-error` : undefined}
            />
          )}
        />
      </Field>
    );
  };
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {network("heatNetwork", "heat")}
        {network("coolingNetwork", "cooling")}
      </div>
      <Controller
        control={form.control}
        name="marketInstrument"
        render={({ field }) => (
          <MarketInstrumentField
            scope="site"
            label={t("instrument")}
            value={field.value as TMarketInstrumentValue | null}
            onChange={field.onChange}
            error={keyOf(errors, "marketInstrument")}
            errors={{
              kgCO2ePerKWh: keyOf(errors, "marketInstrument.kgCO2ePerKWh"),
              certificateRef: keyOf(errors, "marketInstrument.certificateRef"),
              supplier: keyOf(errors, "marketInstrument.supplier"),
            }}
          />
        )}
      />
    </FormCard>
  );
}
