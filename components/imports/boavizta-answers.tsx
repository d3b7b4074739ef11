"use client";

import { useTranslations } from "next-intl";
import { controlClass, Field } from "@/components/ui/field";

// The accounting questions of a Boavizta export, folded away under the file field: each has a default and a
// one-line explanation (lib/imports/boavizta/choices.ts). Other files ignore them.
export function BoaviztaAnswers() {
  const t = useTranslations("imports.boavizta.answers");
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800">{t("title")}</summary>
      <p className="mt-2 text-xs text-slate-600">{t("intro")}</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <Field id="boavizta-usage" label={t("usage")} hint={t("usageHint")}>
          <select id="boavizta-usage" name="boaviztaUsage" className={controlClass(false)} defaultValue="auto">
            <option value="auto">{t("usageAuto")}</option>
            <option value="cloud">{t("usageCloud")}</option>
            <option value="owned">{t("usageOwned")}</option>
          </select>
        </Field>
        <Field id="boavizta-pue" label={t("pue")} hint={t("pueHint")}>
          <input
            id="boavizta-pue"
            name="boaviztaPue"
            inputMode="decimal"
            className={controlClass(false)}
            placeholder="1,2"
          />
        </Field>
      </div>
    </details>
  );
}
