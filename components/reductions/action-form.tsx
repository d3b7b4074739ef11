"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TActionRow, TOption } from "@/components/reductions/types";
import { PostCheckboxes } from "@/components/trajectory/post-checkboxes";
import type { ActionResult } from "@/lib/actions/result";
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  EXPECTED_UNITS,
  zActionInput,
  type TActionInput,
} from "@/lib/reductions/schemas";

type TValues = z.input<ReturnType<typeof zActionInput>>;

export function valuesOf(row: TActionRow | undefined): TValues {
  return {
    title: row?.title ?? "",
    description: row?.description ?? "",
    type: row?.type ?? "REDUCTION",
    status: row?.status ?? "IDEA",
    posts: row?.posts ?? [],
    siteIds: row?.siteIds ?? [],
    productIds: row?.productIds ?? [],
    ownerId: row?.owner?.id ?? "",
    startDate: row?.startDate ?? "",
    endDate: row?.endDate ?? "",
    expectedUnit: row?.expectedUnit ?? "TCO2E",
    expectedValue: row?.expectedValue ?? "",
    costEur: row?.costInput ?? "",
    progressPct: String(row?.progressPct ?? 0) as unknown as number,
  } as TValues;
}

function Checkboxes({ legend, options, register }: { legend: string; options: TOption[]; register: object }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-3">
        {options.map((o) => (
          <label key={o.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={o.id} {...register} />
            {o.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ActionForm({
  title,
  initial,
  members,
  sites,
  products,
  submit,
  onDone,
}: {
  title: string;
  initial: TValues;
  members: TOption[];
  sites: TOption[];
  products: TOption[];
  submit: (values: TActionInput) => Promise<ActionResult<unknown>>;
  onDone: () => void;
}) {
  const t = useTranslations("reductions");
  const { form, bind, onSubmit, formError, submitting, errorOf } = useActionForm({
    schema: zActionInput,
    defaultValues: initial,
    submit,
    onSuccess: onDone,
  });
  return (
    <FormCard title={title} onSubmit={onSubmit} onCancel={onDone} formError={formError} submitting={submitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="title" id="action-title" label={t("fields.title")} className="sm:col-span-2" />
        <FormField
          bind={bind}
          as="textarea"
          name="description"
          id="action-description"
          label={t("fields.description")}
          rows={2}
          className="sm:col-span-2"
        />
        <FormField
          bind={bind}
          as="select"
          name="type"
          id="action-type"
          label={t("fields.type")}
          hint={t("fields.typeHint")}
        >
          {ACTION_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`types.${v}`)}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} as="select" name="status" id="action-status" label={t("fields.status")}>
          {ACTION_STATUSES.map((v) => (
            <option key={v} value={v}>
              {t(`statuses.${v}`)}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          name="expectedValue"
          id="action-expected"
          label={t("fields.expectedValue")}
          inputMode="decimal"
        />
        <FormField bind={bind} as="select" name="expectedUnit" id="action-unit" label={t("fields.expectedUnit")}>
          {EXPECTED_UNITS.map((v) => (
            <option key={v} value={v}>
              {t(`units.${v}`)}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} name="costEur" id="action-cost" label={t("fields.cost")} inputMode="decimal" />
        <FormField
          bind={bind}
          name="progressPct"
          id="action-progress"
          label={t("fields.progress")}
          inputMode="numeric"
        />
        <FormField bind={bind} type="date" name="startDate" id="action-start" label={t("fields.startDate")} />
        <FormField bind={bind} type="date" name="endDate" id="action-end" label={t("fields.endDate")} />
        <FormField bind={bind} as="select" name="ownerId" id="action-owner" label={t("fields.owner")}>
          <option value="">{t("fields.noOwner")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </FormField>
      </div>
      <PostCheckboxes
        form={form}
        name="posts"
        idPrefix="action-post"
        legend={t("fields.posts")}
        error={errorOf("posts")}
      />
      <Checkboxes legend={t("fields.sites")} options={sites} register={form.register("siteIds")} />
      <Checkboxes legend={t("fields.products")} options={products} register={form.register("productIds")} />
    </FormCard>
  );
}
