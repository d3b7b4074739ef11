"use client";

import { useTranslations } from "next-intl";
import { boaviztaCloudImportAction } from "@/app/actions/boavizta-api";
import { FormField, type TFieldBinding } from "@/components/forms/form-field";
import { cloudFormDefaults } from "@/lib/imports/boavizta/api-form-defaults";
import { zBoaviztaCloudForm } from "@/lib/imports/boavizta/api-forms";
import { CommonFields, SubmitRow, type TCommonFields } from "./common-fields";
import { useBoaviztaApiForm } from "./use-api-form";

/** What BoaviztAPI listed (all_providers, all_instances per provider), or null when it could not. */
export type TCloudCatalogue = { providers: string[]; instances: Record<string, string[]> } | null;

// A cloud instance and its use → BoaviztAPI's POST /v1/cloud/instance → the import's preview. The
// provider and instance type are chosen from what the API knows when it could list them, typed otherwise.
export function BoaviztaCloudForm({
  orgSlug,
  periods,
  catalogue,
}: {
  orgSlug: string;
  periods: { id: string; label: string }[];
  catalogue: TCloudCatalogue;
}) {
  const t = useTranslations("boaviztaApi");
  const { bind, form, onSubmit, message, submitting } = useBoaviztaApiForm({
    orgSlug,
    schema: zBoaviztaCloudForm,
    action: boaviztaCloudImportAction,
    defaultValues: cloudFormDefaults(periods[0]?.id ?? "", catalogue?.providers[0] ?? "aws"),
  });
  const provider = form.watch("provider");
  const types = catalogue?.instances[String(provider)] ?? [];
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("tabs.cloud")} className="space-y-5">
      <p className="text-sm text-slate-600">{t("cloud.intro")}</p>
      {catalogue ? null : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("cloud.listUnavailable")}</p>
      )}
      <CommonFields bind={bind as unknown as TFieldBinding<TCommonFields>} idPrefix="cloud" periods={periods} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {catalogue ? (
          <FormField bind={bind} name="provider" id="cloud-provider" label={t("cloud.provider")} as="select">
            {catalogue.providers.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </FormField>
        ) : (
          <FormField bind={bind} name="provider" id="cloud-provider" label={t("cloud.provider")} autoComplete="off" />
        )}
        <FormField
          bind={bind}
          name="instanceType"
          id="cloud-instance-type"
          label={t("cloud.instanceType")}
          hint={types.length > 0 ? t("cloud.instanceTypes", { count: types.length }) : t("cloud.instanceTypeHint")}
          list={types.length > 0 ? "cloud-instance-types" : undefined}
          autoComplete="off"
        />
        <FormField
          bind={bind}
          name="region"
          id="cloud-region"
          label={t("cloud.region")}
          hint={t("cloud.regionHint")}
          autoComplete="off"
        />
      </div>
      {types.length > 0 ? (
        <datalist id="cloud-instance-types">
          {types.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
      ) : null}
      <SubmitRow message={message} submitting={submitting} />
    </form>
  );
}
