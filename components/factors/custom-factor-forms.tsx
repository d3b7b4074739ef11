"use client";

import { CustomFactorForm, type CustomFactorFormValues } from "@/components/factors/custom-factor-form";
import { createCustomFactorAction, versionCustomFactorAction } from "@/app/actions/custom-factors";
import type { ActionResult } from "@/lib/actions/result";

type Labels = { title: string; intro?: string; submitLabel: string };

const EMPTY: CustomFactorFormValues = {
  nameFr: "",
  nameEn: "",
  unit: "kWh",
  value: "",
  uncertaintyPct: "",
  source: "",
  justification: "",
  region: "FR",
  referenceYear: "",
};

// The version action nests the values under "values": put its field errors back on the form's fields.
function unnest<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok || !result.fieldErrors) return result;
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors).map(([k, v]) => [k.replace(/^values\./, ""), v]),
  );
  return { ...result, fieldErrors };
}

export function NewCustomFactorForm({ orgSlug, labels }: { orgSlug: string; labels: Labels }) {
  const base = `/${orgSlug}/factors/custom`;
  return (
    <CustomFactorForm
      {...labels}
      initial={EMPTY}
      cancelHref={base}
      detailHref={(id) => `${base}/${id}`}
      submit={(values) => createCustomFactorAction(orgSlug, values)}
    />
  );
}

export function NewVersionForm({
  orgSlug,
  factorId,
  initial,
  labels,
}: {
  orgSlug: string;
  factorId: string;
  initial: CustomFactorFormValues;
  labels: Labels;
}) {
  const base = `/${orgSlug}/factors/custom`;
  return (
    <CustomFactorForm
      {...labels}
      initial={initial}
      cancelHref={`${base}/${factorId}`}
      detailHref={(id) => `${base}/${id}`}
      submit={async (values) => unnest(await versionCustomFactorAction(orgSlug, { id: factorId, values }))}
    />
  );
}
