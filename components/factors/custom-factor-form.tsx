"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import {
  zCustomFactorCreate,
  type TCustomFactorCreate,
  type TCustomFactorInput,
} from "@/lib/factors/db/custom-schemas";
import { FACTOR_UNITS } from "@/lib/factors/record";
import { unitName } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

export type CustomFactorFormValues = TCustomFactorInput;
type FieldName = keyof CustomFactorFormValues & string;

type Props = {
  title: string;
  intro?: string;
  submitLabel: string;
  initial: CustomFactorFormValues;
  cancelHref: string;
  submit: (values: TCustomFactorCreate) => Promise<ActionResult<{ id: string }>>;
  detailHref: (id: string) => string;
};

export function CustomFactorForm({ title, intro, submitLabel, initial, cancelHref, submit, detailHref }: Props) {
  const t = useTranslations("customFactors.fields");
  const locale = useLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const tAll = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: zCustomFactorCreate,
    defaultValues: initial,
    submit,
    onSuccess: ({ id }) => {
      router.push(detailHref(id));
      router.refresh();
    },
  });
  // This form's own messages live in the customFactors namespace; the shared ones go through errorOf.
  const messageOf = (name: FieldName): string | undefined => {
    const raw = form.formState.errors[name]?.message;
    return typeof raw === "string" && raw.startsWith("customFactors.validation.") ? tAll(raw as never) : errorOf(name);
  };
  const control = (name: FieldName, extra: Record<string, unknown> = {}) => {
    const id = `custom-factor-${name}`;
    return {
      ...form.register(name),
      ...fieldAria(id, messageOf(name)),
      className: controlClass(!!messageOf(name)),
      ...extra,
    };
  };
  const field = (name: FieldName, hint: string | undefined, child: React.ReactNode, className?: string) => (
    <Field id={`custom-factor-${name}`} label={t(name)} hint={hint} error={messageOf(name)} className={className}>
      {child}
    </Field>
  );
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={title}>
        <div>
          <h2 className="text-base font-semibold">{title}</h2>
          {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
        </div>
        <FormError message={formError} />
        <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
          {field("nameFr", undefined, <input {...control("nameFr")} />)}
          {field("nameEn", t("nameEnHint"), <input {...control("nameEn")} />)}
          {field(
            "unit",
            t("unitHint"),
            <select {...control("unit")}>
              {FACTOR_UNITS.map((u) => (
                <option key={u} value={u}>
                  {unitName(u, lang)}
                </option>
              ))}
            </select>,
          )}
          {field(
            "value",
            t("valueHint"),
            <input {...control("value", { inputMode: "decimal", autoComplete: "off" })} />,
          )}
          {field(
            "uncertaintyPct",
            t("uncertaintyHint"),
            <input {...control("uncertaintyPct", { inputMode: "decimal", autoComplete: "off" })} />,
          )}
          {field(
            "referenceYear",
            undefined,
            <input {...control("referenceYear", { inputMode: "numeric", autoComplete: "off" })} />,
          )}
          {field("region", t("regionHint"), <input {...control("region", { maxLength: 5 })} />)}
          {field("source", t("sourceHint"), <input {...control("source")} />, "md:col-span-2")}
          {field(
            "justification",
            t("justificationHint"),
            <textarea rows={4} {...control("justification")} />,
            "md:col-span-2",
          )}
        </div>
        <div className="flex gap-2">
          <Button type="submit" disabled={submitting}>
            {submitLabel}
          </Button>
          <Link href={cancelHref} className={buttonClass("ghost")}>
            {tAll("common.cancel")}
          </Link>
        </div>
      </form>
    </Card>
  );
}
