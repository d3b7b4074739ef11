"use client";

import { useTranslations } from "next-intl";
import { boaviztaServerImportAction } from "@/app/actions/boavizta-api";
import { FormField, type TFieldBinding } from "@/components/forms/form-field";
import { serverFormDefaults } from "@/lib/imports/boavizta/api-form-defaults";
import { zBoaviztaServerForm, type TBoaviztaServerFormInput } from "@/lib/imports/boavizta/api-forms";
import { CommonFields, SubmitRow, type TCommonFields } from "./common-fields";
import { useBoaviztaApiForm } from "./use-api-form";

type TName = keyof TBoaviztaServerFormInput;
const GRID = { 2: "lg:grid-cols-2", 3: "lg:grid-cols-3", 4: "lg:grid-cols-4" } as const;

// A server's configuration and use → BoaviztAPI's POST /v1/server/ → the import's preview.
export function BoaviztaServerForm({
  orgSlug,
  periods,
}: {
  orgSlug: string;
  periods: { id: string; label: string }[];
}) {
  const t = useTranslations("boaviztaApi");
  const { bind, onSubmit, message, submitting } = useBoaviztaApiForm({
    orgSlug,
    schema: zBoaviztaServerForm,
    action: boaviztaServerImportAction,
    defaultValues: serverFormDefaults(periods[0]?.id ?? ""),
  });
  const field = (name: TName, label: string, hint?: string, numeric: "decimal" | "numeric" | null = "numeric") => (
    <FormField
      bind={bind}
      name={name}
      id={`server-${name}`}
      label={label}
      hint={hint}
      {...(numeric ? { inputMode: numeric } : {})}
    />
  );
  const group = (title: string, columns: 2 | 3 | 4, children: React.ReactNode) => (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{title}</legend>
      <div className={`grid grid-cols-1 gap-4 sm:grid-cols-2 ${GRID[columns]}`}>{children}</div>
    </fieldset>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("tabs.server")} className="space-y-5">
      <p className="text-sm text-slate-600">{t("server.intro")}</p>
      <CommonFields bind={bind as unknown as TFieldBinding<TCommonFields>} idPrefix="server" periods={periods} />
      {group(
        t("server.cpu"),
        4,
        <>
          {field("cpuName", t("server.cpuName"), t("server.cpuNameHint"), null)}
          {field("cpuUnits", t("server.cpuUnits"))}
          {field("cpuCores", t("server.cpuCores"))}
          {field("cpuTdp", t("server.cpuTdp"))}
        </>,
      )}
      {group(
        t("server.ram"),
        2,
        <>
          {field("ramModules", t("server.ramModules"))}
          {field("ramGb", t("server.ramGb"))}
        </>,
      )}
      {group(
        t("server.storage"),
        4,
        <>
          {field("ssdUnits", t("server.ssdUnits"))}
          {field("ssdGb", t("server.ssdGb"))}
          {field("hddUnits", t("server.hddUnits"))}
          {field("hddGb", t("server.hddGb"))}
        </>,
      )}
      {group(
        t("server.usage"),
        3,
        <>
          {field("lifetimeYears", t("server.lifetimeYears"), t("server.lifetimeHint"), "decimal")}
          {field("usePct", t("server.usePct"), t("server.usePctHint"), "decimal")}
          {field("pue", t("server.pue"), t("server.pueHint"), "decimal")}
        </>,
      )}
      <SubmitRow message={message} submitting={submitting} />
    </form>
  );
}
