import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BoaviztaApiForms } from "@/components/imports/boavizta-api/api-forms";
import { BoaviztaApiHowTo } from "@/components/imports/boavizta-api/how-to";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { boaviztaApiUrl } from "@/lib/env";
import { cloudCatalogue } from "@/lib/imports/boavizta/api-client";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("boaviztaApi.page"))("title") };
}

// Managers describe a server or a cloud instance; the self-hosted BoaviztAPI (BOAVIZTAPI_URL) assesses it
// and the answer is imported like a Boavizta file (lib/imports/boavizta/api-import.ts). Without an API,
// how to run one.
export default async function BoaviztaApiPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "imports.manage");
  const t = await getTranslations("boaviztaApi.page");
  const baseUrl = boaviztaApiUrl();
  const [periods, catalogue] = await Promise.all([
    db().reportingPeriod.findMany({
      where: { organizationId: context.organization.id, status: "OPEN" },
      orderBy: { startDate: "desc" },
      select: { id: true, label: true },
    }),
    baseUrl ? cloudCatalogue(baseUrl) : null,
  ]);
  return (
    <div className="space-y-4">
      <Link href={`/${org}/imports`} className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      {baseUrl ? (
        <Card className="p-4 sm:p-5">
          <BoaviztaApiForms orgSlug={org} periods={periods} catalogue={catalogue} />
        </Card>
      ) : (
        <BoaviztaApiHowTo orgSlug={org} />
      )}
    </div>
  );
}
