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
        <Field id="boavizta-embedded" label={t("embedded")} hint={t("embeddedHint")}>
          <select id="boavizta-embedded" name="boaviztaEmbedded" className={controlClass(false)} defaultValue="method">
            <option value="method">{t("embeddedMethod")}</option>
            <option value="whole">{t("embeddedWhole")}</option>
          </select>
        </Field>
        <NumberAnswer
          id="boavizta-lifetime"
          name="boaviztaLifetime"
          label={t("lifetime")}
          hint={t("lifetimeHint")}
          placeholder="4"
        />
        <NumberAnswer
          id="boavizta-covered-hours"
          name="boaviztaCoveredHours"
          label={t("coveredHours")}
          hint={t("coveredHoursHint")}
          placeholder="8 760"
        />
        <NumberAnswer id="boavizta-pue" name="boaviztaPue" label={t("pue")} hint={t("pueHint")} placeholder="1,2" />
      </div>
    </details>
  );
}

// A decimal answer, typed the reader's way ("1,2" in French); read by lib/imports/upload-schema.ts.
function NumberAnswer(props: { id: string; name: string; label: string; hint: string; placeholder: string }) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      <input
        id={props.id}
        name={props.name}
        inputMode="decimal"
        className={controlClass(false)}
        placeholder={props.placeholder}
      />
    </Field>
  );
}
