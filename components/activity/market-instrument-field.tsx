"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFieldMessage } from "@/components/activity/use-field-message";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { MARKET_INSTRUMENT_KINDS, type TMarketInstrumentKind } from "@/lib/activity/market-instrument";

/** What the field edits: form strings, validated by ZMarketInstrumentInput (zMarketInstrument(locale)). */
export type TMarketInstrumentValue = {
  kind: TMarketInstrumentKind;
  kgCO2ePerKWh?: string;
  supplier?: string;
  certificateRef?: string;
};

export type TMarketInstrumentErrors = Partial<Record<"kind" | "kgCO2ePerKWh" | "supplier" | "certificateRef", string>>;

type Props = {
  value: TMarketInstrumentValue | null; // null = no instrument
  onChange: (value: TMarketInstrumentValue | null) => void;
  /** Message keys: `error` for the field as a whole, `errors` per sub-field (marketInstrument.<name>). */
  error?: string | undefined;
  errors?: TMarketInstrumentErrors | undefined;
  /** "activity" (default): none = the site's instrument, else location-based; "site": none = location-based. */
  scope?: "activity" | "site";
  label?: string;
  disabled?: boolean;
};

// A scope-2 market-based instrument: a supplier's contractual factor, guarantees of origin (0 with the
// certificate reference) or the residual mix. Controlled: the parent form owns the value.
export function MarketInstrumentField({
  value,
  onChange,
  error,
  errors = {},
  scope = "activity",
  label,
  disabled,
}: Props) {
  const t = useTranslations("siteEnergy.market");
  const message = useFieldMessage();
  const id = useId();
  const kindId = `${id}-kind`;
  const set = (patch: Partial<TMarketInstrumentValue>) => value && onChange({ ...value, ...patch });
  const err = (name: keyof TMarketInstrumentErrors) => message(errors[name]);
  const text = (name: "kgCO2ePerKWh" | "supplier" | "certificateRef", fieldLabel: string, inputMode?: "decimal") => (
    <Field id={`${id}-${name}`} label={fieldLabel} error={err(name)}>
      <input
        {...fieldAria(`${id}-${name}`, err(name))}
        className={controlClass(!!err(name))}
        inputMode={inputMode}
        value={value?.[name] ?? ""}
        disabled={disabled}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </Field>
  );
  return (
    <div className="space-y-3">
      <Field
        id={kindId}
        label={label ?? t("label")}
        error={message(error) ?? err("kind")}
        hint={value ? t(`hints.${value.kind}`) : undefined}
      >
        <select
          {...fieldAria(kindId, message(error) ?? err("kind"))}
          className={controlClass(!!(error ?? errors.kind))}
          value={value?.kind ?? ""}
          disabled={disabled}
          onChange={(e) => {
            const kind = e.target.value as TMarketInstrumentKind | "";
            // The supplier survives a change of kind; the other fields belong to one kind only.
            onChange(kind === "" ? null : { kind, ...(value?.supplier ? { supplier: value.supplier } : {}) });
          }}
        >
          <option value="">{scope === "site" ? t("noneSite") : t("none")}</option>
          {MARKET_INSTRUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      {value ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {value.kind === "guarantee_of_origin"
            ? text("certificateRef", t("certificateRef"))
            : text("kgCO2ePerKWh", t("factor"), "decimal")}
          {text("supplier", value.kind === "residual_mix" ? t("publisher") : t("supplier"))}
        </div>
      ) : null}
    </div>
  );
}
