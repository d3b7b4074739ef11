"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { get, useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { createActivityAction, updateActivityAction } from "@/app/actions/activities";
import { CalcChoiceFields } from "@/components/activity/calc-choice-fields";
import { DetailFields, QuantityFields, TypeFields, type TChoice } from "@/components/activity/common-fields";
import { toActivityPayload, type TActivityFormValues } from "@/components/activity/form-values";
import { OPTION_FIELDS } from "@/components/activity/option-fields";
import { PreviewPanel } from "@/components/activity/preview-panel";
import { useActivityPreview } from "@/components/activity/use-activity-preview";
import { FormError } from "@/components/forms/form-error";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TFormOptionKey, TFormOptions } from "@/lib/activity/form-options";
import { ZActivityCreate } from "@/lib/activity/schemas";
import type { TNetworkLists } from "@/lib/sites/networks";
import { translateValidation } from "@/lib/validation";

type Props = {
  orgSlug: string;
  title: string;
  choices: TFormOptions;
  // amortised: the period spreads capital goods over years; hours: its length (hosting servers' default)
  periods: (TChoice & { amortised: boolean; hours: number })[];
  sites: TChoice[];
  products: TChoice[];
  initial: TActivityFormValues;
  activityId?: string;
  /** The data request the form was opened from: a new line answers that one, not another that fits. */
  requestId?: string;
  airportLabels: Record<string, string>;
  networks?: TNetworkLists | null;
  listHref: string;
};

// One activity line: the shared schema checks it in the browser (on the payload the server receives) and
// again in the server action; the preview beside it shows what saving would record.
export function ActivityForm({
  orgSlug,
  title,
  choices,
  periods,
  sites,
  products,
  initial,
  activityId,
  requestId,
  airportLabels,
  networks = null,
  listHref,
}: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  // The options a line sends: its type's, less the lifetime when its period counts equipment whole.
  const keysOf = (typeId: string, periodId: string): TFormOptionKey[] => {
    const keys = choices.types.find((x) => x.id === typeId)?.optionKeys ?? [];
    const amortised = periods.find((p) => p.id === periodId)?.amortised ?? false;
    return amortised ? keys : keys.filter((k) => k !== "lifetimeYears");
  };
  const isElectricity = (typeId: string) => choices.types.find((x) => x.id === typeId)?.profile === "electricity";
  const payloadOf = (v: TActivityFormValues) =>
    toActivityPayload(v, keysOf(v.activityTypeId, v.periodId), locale, {
      electricity: isElectricity(v.activityTypeId),
      periodHours: periods.find((p) => p.id === v.periodId)?.hours ?? null,
    });
  const resolver = useMemo<Resolver<TActivityFormValues>>(() => {
    const check = zodResolver(ZActivityCreate) as unknown as Resolver<TActivityFormValues>;
    return async (values, context, options) => {
      const payload = payloadOf(values);
      const result = await check(payload as unknown as TActivityFormValues, context, options);
      return Object.keys(result.errors).length > 0 ? result : { values, errors: {} };
    };
    // choices are fixed for the page's life
  }, [locale]);
  const form = useForm<TActivityFormValues>({ resolver, defaultValues: initial, mode: "onTouched" });
  const values = useWatch({ control: form.control }) as TActivityFormValues;
  const typeId = values.activityTypeId;
  const optionKeys = keysOf(typeId, values.periodId);
  const payload = payloadOf(values);
  const preview = useActivityPreview(orgSlug, payload);

  // A new type offers other units: keep the unit when it still fits, else take the type's first.
  useEffect(() => {
    const units = choices.types.find((x) => x.id === typeId)?.units ?? [];
    if (!units.includes(form.getValues("unit"))) form.setValue("unit", units[0] ?? "");
  }, [typeId, choices.types, form]);

  const previewErrors = preview.kind === "done" && !preview.result.ok ? preview.result.fieldErrors : {};
  const translate = (raw: string | undefined) => {
    if (!raw) return undefined;
    if (raw.startsWith("activity.")) return t.has(raw as never) ? t(raw as never) : t("validation.invalid");
    return translateValidation(t as never, raw);
  };
  const keyOf = (path: string) =>
    (get(form.formState.errors, path) as { message?: string } | undefined)?.message ?? previewErrors[path];
  const messageOf = (path: string) => translate(keyOf(path));
  const factor = preview.kind === "done" && preview.result.ok ? preview.result.factor : undefined;
  const factorUncertaintyPct =
    factor === undefined
      ? undefined
      : factor === null || factor.uncertaintyPct === null
        ? null
        : Number(factor.uncertaintyPct);

  const onSubmit = form.handleSubmit(async (submitted) => {
    setFormError(null);
    const body = payloadOf(submitted);
    const result = activityId
      ? await updateActivityAction(orgSlug, { id: activityId, values: body })
      : await createActivityAction(orgSlug, requestId ? { ...body, requestId } : body);
    if (result.ok) {
      router.push(`${listHref}?period=${submitted.periodId}`);
      router.refresh();
      return;
    }
    for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
      const field = name.startsWith("values.") ? name.slice("values.".length) : name;
      form.setError(field as Path<TActivityFormValues>, { type: "server", message });
    }
    setFormError(t(`errors.${result.error}`));
  });

  const periodHours = periods.find((p) => p.id === values.periodId)?.hours ?? null;
  const fieldProps = {
    form,
    choices,
    messageOf,
    orgSlug,
    airportLabels,
    networks,
    periods,
    sites,
    products,
    periodHours,
  };
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
      <Card className="min-w-0">
        <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={title}>
          <FormError message={formError} />
          <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
            <TypeFields {...fieldProps} />
            {optionKeys.map((key) => {
              const OptionField = OPTION_FIELDS[key];
              return <OptionField key={key} {...fieldProps} />;
            })}
            <QuantityFields {...fieldProps} />
            <DetailFields {...fieldProps} />
            <CalcChoiceFields
              form={form}
              orgSlug={orgSlug}
              keyOf={keyOf}
              factorUncertaintyPct={factorUncertaintyPct}
              electricity={isElectricity(typeId)}
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {t("common.save")}
            </Button>
            <Link href={listHref} className={buttonClass("ghost")}>
              {t("common.cancel")}
            </Link>
          </div>
        </form>
      </Card>
      <aside aria-label={t("activity.preview.title")} className="min-w-0">
        <PreviewPanel state={preview} formMessage={translate(previewErrors._form) ?? null} />
      </aside>
    </div>
  );
}
