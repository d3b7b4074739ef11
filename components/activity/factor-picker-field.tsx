"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { searchPickerFactorsAction } from "@/app/actions/factor-picker";
import { useFieldMessage } from "@/components/activity/use-field-message";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { dimensionOf } from "@/lib/calc/units";
import type { TPickerHit } from "@/lib/factors/picker-hit";
import { formatNumber } from "@/lib/numbers/format";

/** The chosen factor as the form keeps it; the form sends `libraryFactorId: value?.ref ?? null`. */
export type TPickedFactor = Pick<TPickerHit, "id" | "ref" | "nameFr" | "nameEn" | "value" | "unit" | "uncertaintyPct">;

type Props = {
  orgSlug: string;
  value: TPickedFactor | null; // null = the activity type's default factor
  onChange: (value: TPickedFactor | null) => void;
  error?: string | undefined; // message key (fieldErrors.libraryFactorId)
  /** The activity's unit (e.g. "kWh"): factors of another dimension are marked as not fitting. */
  activityUnit?: string | undefined;
  disabled?: boolean;
};

const sameDimension = (a: string, b: string) => {
  try {
    return dimensionOf(a) === dimensionOf(b);
  } catch {
    return false; // an unknown unit fits nothing
  }
};

// Any factor of the organisation's accepted library releases, found with the explorer's search (by name,
// category or id), instead of the activity type's default. Classification still follows the activity type.
export function FactorPickerField({ orgSlug, value, onChange, error, activityUnit, disabled }: Props) {
  const t = useTranslations("factorPicker");
  const locale = useLocale();
  const message = useFieldMessage();
  const id = useId();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<TPickerHit[] | null>(null);
  const [state, setState] = useState<"idle" | "searching" | "failed">("idle");
  const nameOf = (f: TPickedFactor) => (locale === "en" && f.nameEn ? f.nameEn : f.nameFr);
  const errorText = message(error);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setHits(null);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      setState("searching");
      const result = await searchPickerFactorsAction(orgSlug, { q: query });
      if (!live) return;
      setState(result.ok ? "idle" : "failed");
      setHits(result.ok ? result.data.hits : []);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, orgSlug]);

  const valueText = (f: TPickedFactor) =>
    t("value", { value: formatNumber(f.value, locale, 6), unit: f.unit }) +
    (f.uncertaintyPct === null ? "" : ` · ±${formatNumber(f.uncertaintyPct, locale)} %`);

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {t("label")}
      </label>
      <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm" aria-live="polite">
        {value ? (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="block font-medium">{t("chosen", { name: nameOf(value) })}</span>
              <span className="block text-xs text-slate-500">
                {value.id} · {valueText(value)}
              </span>
            </span>
            <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onChange(null)}>
              {t("clear")}
            </Button>
          </div>
        ) : (
          <span className="text-slate-600">{t("default")}</span>
        )}
      </div>
      <input
        id={id}
        type="search"
        className={controlClass(!!errorText)}
        placeholder={t("searchPlaceholder")}
        aria-label={t("search")}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${id}-error` : undefined}
        value={q}
        disabled={disabled}
        onChange={(e) => setQ(e.target.value)}
      />
      {errorText ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-600">
          {errorText}
        </p>
      ) : null}
      {state === "searching" ? <p className="text-xs text-slate-500">{t("searching")}</p> : null}
      {state === "failed" ? <p className="text-xs text-red-600">{t("error")}</p> : null}
      {hits && state !== "searching" ? (
        hits.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noResults")}</p>
        ) : (
          <ul className="max-h-72 divide-y divide-slate-100 overflow-auto rounded-md border border-slate-200 bg-white">
            {hits.map((hit) => {
              const fits = !activityUnit || sameDimension(hit.unit, activityUnit);
              return (
                <li key={hit.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                  <span className="min-w-0 flex-1">
                    <span className="block break-words">{nameOf(hit)}</span>
                    <span className="block text-xs text-slate-500">
                      {hit.id} · {valueText(hit)}
                      {hit.regionLabel ? ` · ${hit.regionLabel}` : ""}
                    </span>
                    {fits ? null : (
                      <span className="block text-xs text-amber-700">{t("unitMismatch", { unit: hit.unit })}</span>
                    )}
                  </span>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={disabled || !fits}
                    aria-label={`${t("choose")}: ${nameOf(hit)}`}
                    onClick={() => {
                      onChange(hit);
                      setQ("");
                      setHits(null);
                    }}
                  >
                    {t("choose")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </div>
  );
}
