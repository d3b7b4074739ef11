"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { createTargetAction } from "@/app/actions/targets";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { PostCheckboxes } from "@/components/trajectory/post-checkboxes";
import { Button } from "@/components/ui/button";
import { formatForInput } from "@/lib/numbers/format";
import { PRESET_ANNUAL_RATE, presetMinimumPct } from "@/lib/targets/path";
import { TARGET_KINDS, TARGET_PRESETS, zTargetCreate } from "@/lib/targets/schemas";

type TValues = z.input<ReturnType<typeof zTargetCreate>>;

// A new target: a preset fills the reduction its rate asks for between the base and target years (SBTi
// 1.5 °C: 4.2 %/yr, well-below 2 °C: 2.5 %/yr); a custom path takes the reductions year by year.
export function TargetForm({
  orgSlug,
  periods,
  sites,
}: {
  orgSlug: string;
  periods: { id: string; year: number; label: string }[];
  sites: { id: string; name: string }[];
}) {
  const t = useTranslations("trajectory.form");
  const router = useRouter();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const base = periods[0];
  const { form, bind, onSubmit, formError, submitting, errorOf } = useActionForm({
    schema: zTargetCreate,
    defaultValues: {
      name: "",
      kind: "ABSOLUTE",
      preset: "SBTI_1_5",
      basePeriodId: base?.id ?? "",
      targetYear: String((base?.year ?? 2022) + 8) as unknown as number,
      reductionPct: base ? formatForInput(presetMinimumPct("SBTI_1_5", base.year, base.year + 8), locale) : "",
      posts: ["scope1", "scope2"],
      siteIds: [],
      pathText: "",
    } satisfies Partial<TValues> as TValues,
    submit: (values) => createTargetAction(orgSlug, values),
    onSuccess: () => {
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });
  if (!open) return <Button onClick={() => setOpen(true)}>{t("open")}</Button>;
  const preset = form.watch("preset");
  // A preset's minimum, filled in when the preset or the years change.
  const fillPreset = () => {
    const p = form.getValues("preset");
    const baseYear = periods.find((x) => x.id === form.getValues("basePeriodId"))?.year;
    const targetYear = Number(form.getValues("targetYear"));
    if (!(p in PRESET_ANNUAL_RATE) || !baseYear || !(targetYear > baseYear)) return;
    form.setValue(
      "reductionPct",
      formatForInput(presetMinimumPct(p as keyof typeof PRESET_ANNUAL_RATE, baseYear, targetYear), locale),
    );
  };
  return (
    <FormCard
      title={t("title")}
      onSubmit={onSubmit}
      onCancel={() => setOpen(false)}
      formError={formError}
      submitting={submitting}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="name" id="target-name" label={t("name")} hint={t("nameHint")} />
        <FormField
          bind={bind}
          as="select"
          name="preset"
          id="target-preset"
          label={t("preset")}
          registerOptions={{ onChange: fillPreset }}
        >
          {TARGET_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`presets.${p}`)}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} as="select" name="kind" id="target-kind" label={t("kind")}>
          {TARGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          as="select"
          name="basePeriodId"
          id="target-base"
          label={t("basePeriod")}
          registerOptions={{ onChange: fillPreset }}
        >
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          name="targetYear"
          id="target-year"
          label={t("targetYear")}
          inputMode="numeric"
          registerOptions={{ onChange: fillPreset }}
        />
        <FormField
          bind={bind}
          name="reductionPct"
          id="target-reduction"
          label={t("reductionPct")}
          hint={
            preset in PRESET_ANNUAL_RATE
              ? t("presetHint", {
                  rate: formatForInput(PRESET_ANNUAL_RATE[preset as keyof typeof PRESET_ANNUAL_RATE], locale),
                })
              : undefined
          }
          inputMode="decimal"
        />
        {preset === "CUSTOM_PATH" ? (
          <FormField
            bind={bind}
            as="textarea"
            name="pathText"
            id="target-path"
            label={t("path")}
            hint={t("pathHint")}
            rows={4}
            className="sm:col-span-2"
          />
        ) : null}
      </div>
      <PostCheckboxes form={form} name="posts" idPrefix="target-post" legend={t("posts")} error={errorOf("posts")} />
      {sites.length > 0 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("sites")}</legend>
          <p className="text-xs text-slate-500">{t("sitesHint")}</p>
          <div className="grid gap-1 sm:grid-cols-3">
            {sites.map((s) => (
              <label key={s.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={s.id} {...form.register("siteIds")} />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </FormCard>
  );
}
