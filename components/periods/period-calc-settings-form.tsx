"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { GWP_SETS } from "@/lib/calc";
import {
  CAPITAL_GOODS_METHODS,
  ZPeriodCalcSettings,
  type TPeriodCalcSettingsInput,
} from "@/lib/periods/calc-settings-schema";

type Props = {
  title: string;
  initial: TPeriodCalcSettingsInput;
  submit: (values: TPeriodCalcSettingsInput) => Promise<ActionResult<unknown>>;
  onDone: () => void;
};

// GWP set, contrails and capital goods for one period; saving a change recomputes the period in the
// background (the progress shows above the list).
export function PeriodCalcSettingsForm({ title, initial, submit, onDone }: Props) {
  const t = useTranslations("calcSettings");
  const { form, bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZPeriodCalcSettings,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} as="select" name="gwpSet" id="calc-gwp" label={t("gwpSet")} hint={t("gwpSetHint")}>
          {GWP_SETS.map((set) => (
            <option key={set} value={set}>
              {t(`gwp.${set}`)}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          as="select"
          name="capitalGoodsMethod"
          id="calc-capital"
          label={t("capitalGoodsMethod")}
          hint={t("capitalGoodsHint")}
        >
          {CAPITAL_GOODS_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`capital.${method}`)}
            </option>
          ))}
        </FormField>
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          {...form.register("includeContrails")}
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
        />
        <span>
          <span className="font-medium">{t("includeContrails")}</span>
          <span className="block text-xs text-slate-500">{t("contrailsHint")}</span>
        </span>
      </label>
    </FormCard>
  );
}
