"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useFieldMessage } from "@/components/activity/use-field-message";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { DATA_QUALITY_LEVELS, dataQualityPct, type TDataQuality } from "@/lib/activity/data-quality";
import { formatNumber } from "@/lib/numbers/format";
import { parseUserNumber } from "@/lib/numbers/user-number";

/** What the field edits: the form's `dataQuality` and `uncertaintyPct` (as typed, in the user's locale). */
export type TDataQualityValue = { dataQuality: TDataQuality | null; uncertaintyPct: string };

type Props = {
  value: TDataQualityValue;
  onChange: (value: TDataQualityValue) => void;
  /** Message keys: fieldErrors.dataQuality and fieldErrors.uncertaintyPct. */
  error?: { dataQuality?: string | undefined; uncertaintyPct?: string | undefined } | undefined;
  /** The factor's uncertainty (%) from the preview: null = not published, undefined = no preview yet. */
  factorUncertaintyPct?: number | null | undefined;
  disabled?: boolean;
};

// The uncertainty of the activity data: a data-quality level whose default percentage comes from
// emission-factors/mappings/data-quality.json, or a typed percentage (which wins). Shown beside the
// factor's uncertainty and the line's √(u_activity² + u_factor²), as the engine combines them.
export function DataQualityField({ value, onChange, error, factorUncertaintyPct, disabled }: Props) {
  const t = useTranslations("dataQuality");
  const locale = useLocale();
  const message = useFieldMessage();
  const id = useId();
  const pct = (n: number) => formatNumber(n, locale, 1);
  const typed = value.uncertaintyPct.trim() === "" ? null : parseUserNumber(value.uncertaintyPct, locale);
  const activity =
    typed !== null ? Number(typed) : value.dataQuality === null ? null : dataQualityPct(value.dataQuality);
  const combined =
    activity === null && (factorUncertaintyPct ?? null) === null
      ? null
      : Math.sqrt((activity ?? 0) ** 2 + (factorUncertaintyPct ?? 0) ** 2);
  const levelError = message(error?.dataQuality);
  const pctError = message(error?.uncertaintyPct);
  const placeholder = value.dataQuality === null ? "" : pct(dataQualityPct(value.dataQuality));
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={`${id}-level`}
          label={t("label")}
          error={levelError}
          hint={value.dataQuality ? t(`hints.${value.dataQuality}`) : undefined}
        >
          <select
            {...fieldAria(`${id}-level`, levelError)}
            className={controlClass(!!levelError)}
            value={value.dataQuality ?? ""}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, dataQuality: (e.target.value || null) as TDataQuality | null })}
          >
            <option value="">{t("none")}</option>
            {DATA_QUALITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t("levelOption", { label: t(`levels.${level}`), pct: pct(dataQualityPct(level)) })}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-pct`} label={t("percent")} error={pctError} hint={t("percentHint")}>
          <input
            {...fieldAria(`${id}-pct`, pctError)}
            className={controlClass(!!pctError)}
            inputMode="decimal"
            placeholder={placeholder}
            value={value.uncertaintyPct}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, uncertaintyPct: e.target.value })}
          />
        </Field>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-live="polite">
        <li>{activity === null ? t("activityUnknown") : t("activity", { pct: pct(activity) })}</li>
        {factorUncertaintyPct === undefined ? null : (
          <li>
            {factorUncertaintyPct === null ? t("factorUnknown") : t("factor", { pct: pct(factorUncertaintyPct) })}
          </li>
        )}
        {combined === null || factorUncertaintyPct === undefined ? null : (
          <li className="font-medium text-slate-800">{t("combined", { pct: pct(combined) })}</li>
        )}
      </ul>
    </div>
  );
}
