import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { FactorDetail } from "@/components/factors/factor-detail";
import { localName } from "@/components/factors/format";
import { db } from "@/lib/db";
import { getEmissionFactor } from "@/lib/factors/db/queries";
import { requireOrgPermission } from "@/lib/organizations/context";

type Props = { params: Promise<{ org: string; factorId: string }> };

// Ids look like "ademe:43642@23.6" and travel URL-encoded; decode once, tolerating an already-decoded id.
function factorIdOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: Props) {
  const factor = await getEmissionFactor(db(), factorIdOf((await params).factorId));
  return { title: factor ? localName(factor, await getLocale()) : undefined };
}

export default async function FactorPage({ params }: Props) {
  const { org, factorId } = await params;
  await requireOrgPermission(org, "factors.read");
  const factor = await getEmissionFactor(db(), factorIdOf(factorId));
  if (!factor) notFound();
  return <FactorDetail factor={factor} backHref={`/${org}/factors`} />;
}
