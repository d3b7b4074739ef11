"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { saveDigitalModelAction } from "@/app/actions/products";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { formatForInput } from "@/lib/numbers/format";
import { DEVICE_TYPES } from "@/lib/products/digital/constants";
import { MAX_COUNTRY_ROWS, zDigitalModelForm, type TDigitalModelFormInput } from "@/lib/products/digital/form-schema";
import { DIGITAL_METHODS, type TDigitalModel } from "@/lib/products/digital/schemas";

// The product's use model for the period (managers): saving computes it into the period's activity data.
// A new model starts from a typical device mix the manager is expected to adjust.

const NEW_MODEL_DEVICES: TDigitalModel["devices"] = {
  smartphone: { minutes: 3 },
  tablet: { sharePct: 10, minutes: 4 },
  laptop: { sharePct: 60, minutes: 5 },
  desktop: { sharePct: 30, minutes: 5 },
};

function defaultsOf(
  model: TDigitalModel | null,
  locale: string,
  productId: string,
  periodId: string,
): TDigitalModelFormInput {
  const n = (v: number | undefined) => (v === undefined ? "" : formatForInput(v, locale));
  const devices = model?.devices ?? NEW_MODEL_DEVICES;
  const countries = model?.countries ?? [];
  return {
    productId,
    periodId,
    model: {
      method: model?.method ?? "SWD_V4",
      monthlyRequests: n(model?.monthlyRequests),
      mbUpPerRequest: n(model?.mbUpPerRequest ?? 0),
      mbDownPerRequest: n(model?.mbDownPerRequest),
      mobileSharePct: n(model?.mobileSharePct),
      devices: {
        smartphone: { minutes: n(devices.smartphone.minutes) },
        tablet: { sharePct: n(devices.tablet.sharePct), minutes: n(devices.tablet.minutes) },
        laptop: { sharePct: n(devices.laptop.sharePct), minutes: n(devices.laptop.minutes) },
        desktop: { sharePct: n(devices.desktop.sharePct), minutes: n(devices.desktop.minutes) },
      },
      countries: Array.from({ length: MAX_COUNTRY_ROWS }, (_, i) => ({
        country: countries[i]?.country ?? "",
        sharePct: n(countries[i]?.sharePct),
      })),
    },
  };
}

export function DigitalModelForm({
  orgSlug,
  productId,
  periodId,
  model,
  countries,
}: {
  orgSlug: string;
  productId: string;
  periodId: string;
  model: TDigitalModel | null;
  countries: string[];
}) {
  const t = useTranslations("products.digital");
  const tp = useTranslations("productPage");
  const locale = useLocale();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const countryOptions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return countries
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [countries, locale]);
  const { bind, onSubmit, formError, submitting, errorOf } = useActionForm({
    schema: zDigitalModelForm,
    defaultValues: defaultsOf(model, locale, productId, periodId),
    submit: (values) => {
      setSaved(false);
      return saveDigitalModelAction(orgSlug, values);
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  // An issue on the whole list may sit on the array itself or on its "root" (react-hook-form arrays).
  const groupError = (name: "model.countries" | "model.devices") =>
    errorOf(name) ?? errorOf(`${name}.root` as "model.countries");
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="mt-6 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <FormError message={formError} />
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FormField
          bind={bind}
          as="select"
          name="model.method"
          id="dm-method"
          label={t("method")}
          className="sm:col-span-2 lg:col-span-3"
        >
          {DIGITAL_METHODS.map((m) => (
            <option key={m} value={m}>
              {tp(`methods.${m}`)}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          name="model.monthlyRequests"
          id="dm-requests"
          label={t("monthlyRequests")}
          inputMode="decimal"
        />
        <FormField
          bind={bind}
          name="model.mbDownPerRequest"
          id="dm-down"
          label={t("mbDownPerRequest")}
          inputMode="decimal"
        />
        <FormField bind={bind} name="model.mbUpPerRequest" id="dm-up" label={t("mbUpPerRequest")} inputMode="decimal" />
        <FormField
          bind={bind}
          name="model.mobileSharePct"
          id="dm-mobile"
          label={t("mobileSharePct")}
          inputMode="decimal"
        />
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">{t("devicesLegend")}</legend>
        <p className="text-xs text-slate-500">{t("devicesHint")}</p>
        {groupError("model.devices") ? (
          <p role="alert" className="mt-1 text-xs font-medium text-red-600">
            {groupError("model.devices")}
          </p>
        ) : null}
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {DEVICE_TYPES.map((d) => (
            <div key={d} className="space-y-2 rounded-md border border-slate-200 p-3">
              <p className="text-sm font-medium text-slate-900">{t(`devices.${d}`)}</p>
              <FormField
                bind={bind}
                name={`model.devices.${d}.minutes`}
                id={`dm-${d}-minutes`}
                label={t("minutesShort")}
                aria-label={t("minutes", { device: t(`devices.${d}`) })}
                inputMode="decimal"
              />
              {d === "smartphone" ? null : (
                <FormField
                  bind={bind}
                  name={`model.devices.${d}.sharePct`}
                  id={`dm-${d}-share`}
                  label={t("shareShort")}
                  aria-label={t("share", { device: t(`devices.${d}`) })}
                  inputMode="decimal"
                />
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-800">{t("countriesLegend")}</legend>
        <p className="text-xs text-slate-500">{t("countriesHint")}</p>
        {groupError("model.countries") ? (
          <p role="alert" className="mt-1 text-xs font-medium text-red-600">
            {groupError("model.countries")}
          </p>
        ) : null}
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: MAX_COUNTRY_ROWS }, (_, i) => (
            <div key={i} className="grid grid-cols-[1fr_6rem] gap-2">
              <FormField
                bind={bind}
                as="select"
                name={`model.countries.${i}.country`}
                id={`dm-country-${i}`}
                label={t("country", { n: i + 1 })}
              >
                <option value="">{t("noCountry")}</option>
                {countryOptions.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </FormField>
              <FormField
                bind={bind}
                name={`model.countries.${i}.sharePct`}
                id={`dm-country-share-${i}`}
                label={t("countryShareShort")}
                aria-label={t("countryShare", { n: i + 1 })}
                inputMode="decimal"
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={submitting}>
          {t("save")}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
