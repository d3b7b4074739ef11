"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { FormError } from "@/components/forms/form-error";
import { SiteForm, type SiteFormValues } from "@/components/sites/site-form";
import { SiteEnergyForm, type TSiteEnergyValues } from "@/components/sites/site-energy-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { createSiteAction, deleteSiteAction, updateSiteAction, updateSiteEnergyAction } from "@/app/actions/sites";
import type { TSiteCreate } from "@/lib/sites/schemas";
import type { TNetworkLists } from "@/lib/sites/networks";

export type SiteRow = { id: string } & SiteFormValues & { energy: TSiteEnergyValues };

const EMPTY: SiteFormValues = {
  name: "",
  kind: "OFFICE",
  address: "",
  city: "",
  country: "FR",
  surfaceM2: "",
  headcount: "",
};

type Props = { orgSlug: string; sites: SiteRow[]; canManage: boolean; networks: TNetworkLists };

export function SiteManager({ orgSlug, sites, canManage, networks }: Props) {
  const t = useTranslations("sites");
  const te = useTranslations("siteEnergy");
  const [energyOf, setEnergyOf] = useState<string | null>(null);
  const energySite = energyOf ? sites.find((s) => s.id === energyOf) : undefined;
  const networkName = (key: string | null) => networks.heat.find((n) => n.key === key)?.label;
  const tc = useTranslations("common");
  const locale = useLocale(); // a language switch reopens the form with numbers written the new way
  const { editing, setEditing, current, done, error, run } = useRecordEditor(sites);
  const closeEnergy = () => {
    setEnergyOf(null);
    done();
  };

  return (
    <div>
      <div className="mb-4 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {canManage && !editing ? <Button onClick={() => setEditing("new")}>{t("add")}</Button> : null}
      </div>
      <FormError message={error} />
      {editing === "new" ? (
        <SiteForm
          title={t("add")}
          initial={EMPTY}
          onDone={done}
          submit={(v: TSiteCreate) => createSiteAction(orgSlug, v)}
        />
      ) : null}
      {current ? (
        <SiteForm
          key={`${current.id}:${locale}`}
          title={t("edit", { name: current.name })}
          initial={current}
          onDone={done}
          submit={(v: TSiteCreate) => updateSiteAction(orgSlug, { id: current.id, values: v })}
        />
      ) : null}
      {energySite ? (
        <SiteEnergyForm
          key={`${energySite.id}:${locale}`}
          title={te("title", { name: energySite.name })}
          initial={energySite.energy}
          networks={networks}
          onDone={closeEnergy}
          submit={(v) => updateSiteEnergyAction(orgSlug, { id: energySite.id, values: v })}
        />
      ) : null}
      {sites.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table label={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th className="hidden sm:table-cell">{t("kind")}</Th>
              <Th>{t("city")}</Th>
              <Th className="hidden sm:table-cell">{t("headcount")}</Th>
              {canManage ? <Th className="text-right">{tc("actions")}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sites.map((site) => (
              <tr key={site.id}>
                <Td>
                  <span className="font-medium">{site.name}</span>
                  <span className="block text-xs text-slate-500" data-testid="site-energy-summary">
                    {[
                      site.energy.heatNetwork
                        ? te("summaryNetwork", { name: networkName(site.energy.heatNetwork) ?? "" })
                        : null,
                      site.energy.marketInstrument
                        ? te(`market.kinds.${site.energy.marketInstrument.kind}`)
                        : te("summaryNone"),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </Td>
                <Td className="hidden sm:table-cell">{t(`kinds.${site.kind}`)}</Td>
                <Td>{[site.city, site.country].filter(Boolean).join(", ")}</Td>
                <Td className="hidden sm:table-cell">
                  {site.headcount === "" || site.headcount == null ? "—" : site.headcount}
                </Td>
                {canManage ? (
                  <Td className="text-right">
                    <div className="flex flex-wrap justify-end gap-1">
                      <Button size="sm" variant="secondary" onClick={() => setEditing(site.id)}>
                        {tc("edit")}
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={te("open", { name: site.name })}
                        onClick={() => {
                          setEditing(null);
                          setEnergyOf(site.id);
                        }}
                      >
                        {te("button")}
                      </Button>
                      <ConfirmButton
                        label={tc("delete")}
                        confirmLabel={tc("confirmDelete")}
                        onConfirm={() => run(deleteSiteAction(orgSlug, { id: site.id }))}
                      />
                    </div>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
