import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { NewVersionForm } from "@/components/factors/custom-factor-forms";
import { localName } from "@/components/factors/format";
import { db } from "@/lib/db";
import { getCustomFactorWithHistory } from "@/lib/factors/db/custom-queries";
import { ZFactorUnit } from "@/lib/factors/record";
import { formatForInput } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";

type Props = { params: Promise<{ org: string; customFactorId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("customFactors.detail"))("newVersion") };
}

export default async function NewCustomFactorVersionPage({ params }: Props) {
  const { org, customFactorId } = await params;
  const context = await requireOrgPermission(org, "factors.manage");
  const data = await getCustomFactorWithHistory(db(), context.organization.id, customFactorId);
  if (!data) notFound();
  const { factor } = data;
  // Only the current version can be superseded: a retired one sends the user back to its page.
  if (factor.status !== "ACTIVE") redirect(`/${org}/factors/custom/${factor.id}`);
  const t = await getTranslations("customFactors.form");
  const locale = await getLocale();
  const initial = {
    nameFr: factor.nameFr,
    nameEn: factor.nameEn ?? "",
    unit: ZFactorUnit.parse(factor.unit),
    value: formatForInput(factor.value.toFixed(), locale),
    uncertaintyPct: formatForInput(factor.uncertaintyPct?.toFixed(), locale),
    source: factor.source,
    justification: factor.justification,
    region: factor.region ?? "",
    referenceYear: factor.referenceYear === null ? "" : String(factor.referenceYear),
  };
  const labels = {
    title: t("versionTitle", { name: localName(factor, locale) }),
    intro: t("versionHint", { version: factor.version }),
    submitLabel: t("submitVersion", { version: factor.version + 1 }),
  };
  // Keyed by locale: after a language switch the fields are filled and read the new way.
  return <NewVersionForm key={locale} orgSlug={org} factorId={factor.id} initial={initial} labels={labels} />;
}
