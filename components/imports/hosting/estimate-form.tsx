"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { estimateResourceAction } from "@/app/actions/hosting";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { TTypeMean } from "@/lib/imports/boavizta/hosting";
import { ZResourceEstimate } from "@/lib/imports/boavizta/hosting-schemas";
import { formatForInput } from "@/lib/numbers/format";

// An estimate for one resource the tool could not assess: kgCO2e per phase for the period the import
// covers, typed, or copied from the mean of an assessed type, with the reason (kept on the lines).
export function EstimateForm({
  orgSlug,
  resourceId,
  means,
  place,
}: {
  orgSlug: string;
  resourceId: string;
  means: TTypeMean[];
  place: "card" | "row"; // the phone's block or the table's row: both are on the page, ids must differ
}) {
  const t = useTranslations("imports.hosting.estimate");
  const locale = useLocale();
  const [done, setDone] = useState<string | null>(null);
  const { bind, form, onSubmit, formError, submitting } = useActionForm({
    schema: ZResourceEstimate,
    defaultValues: { resourceId, embeddedKg: "", useKg: "", note: "" },
    submit: (values) => {
      setDone(null);
      return estimateResourceAction(orgSlug, values);
    },
    onSuccess: () => setDone(t("saved")),
  });
  const copyFrom = (type: string) => {
    const mean = means.find((m) => m.type === type);
    if (!mean) return;
    form.setValue("embeddedKg", formatForInput(mean.gwpEmbedded ?? "", locale));
    form.setValue("useKg", formatForInput(mean.gwpUse ?? "", locale));
    form.setValue("note", t("noteFrom", { type, count: mean.resources }));
  };
  const id = (name: string) => `estimate-${place}-${resourceId}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="mt-2 space-y-3">
      <FormError message={formError} />
      <FormSuccess message={done} />
      {means.length > 0 ? (
        <label className="block text-sm font-medium text-slate-700">
          {t("copyFrom")}
          <select className={`${controlClass(false)} mt-1`} defaultValue="" onChange={(e) => copyFrom(e.target.value)}>
            <option value="">{t("copyNone")}</option>
            {means.map((m) => (
              <option key={m.type} value={m.type}>
                {t("copyOption", { type: m.type, count: m.resources })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <FormField bind={bind} name="embeddedKg" id={id("embedded")} label={t("embeddedKg")} inputMode="decimal" />
        <FormField bind={bind} name="useKg" id={id("use")} label={t("useKg")} inputMode="decimal" />
      </div>
      <FormField bind={bind} name="note" id={id("note")} label={t("note")} hint={t("noteHint")} />
      <Button type="submit" size="sm" disabled={submitting}>
        {t("save")}
      </Button>
    </form>
  );
}
