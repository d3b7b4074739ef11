"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { createContributionAction } from "@/app/actions/contributions";
import { FormCard } from "@/components/forms/form-card";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { CONTRIBUTION_KINDS, zContributionCreate } from "@/lib/contributions/schemas";

type TValues = z.input<ReturnType<typeof zContributionCreate>>;

export function ContributionForm({ orgSlug, onDone }: { orgSlug: string; onDone: () => void }) {
  const t = useTranslations("contributions");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: zContributionCreate,
    defaultValues: {
      name: "",
      kind: "REMOVAL",
      standard: "",
      registry: "",
      vintage: String(new Date().getFullYear() - 1) as unknown as number,
      tonnes: "",
      pricePerTonneEur: "",
    } as TValues,
    submit: (values) => createContributionAction(orgSlug, values),
    onSuccess: onDone,
  });
  return (
    <FormCard
      title={t("form.title")}
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      submitting={submitting}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField bind={bind} name="name" id="contribution-name" label={t("fields.name")} className="sm:col-span-2" />
        <FormField bind={bind} as="select" name="kind" id="contribution-kind" label={t("fields.kind")}>
          {CONTRIBUTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </FormField>
        <FormField
          bind={bind}
          name="vintage"
          id="contribution-vintage"
          label={t("fields.vintage")}
          inputMode="numeric"
        />
        <FormField
          bind={bind}
          name="standard"
          id="contribution-standard"
          label={t("fields.standard")}
          hint={t("fields.standardHint")}
        />
        <FormField bind={bind} name="registry" id="contribution-registry" label={t("fields.registry")} />
        <FormField bind={bind} name="tonnes" id="contribution-tonnes" label={t("fields.tonnes")} inputMode="decimal" />
        <FormField
          bind={bind}
          name="pricePerTonneEur"
          id="contribution-price"
          label={t("fields.price")}
          inputMode="decimal"
        />
      </div>
    </FormCard>
  );
}
