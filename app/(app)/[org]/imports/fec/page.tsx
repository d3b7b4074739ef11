import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FecImport } from "@/components/imports/fec-import";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { spendChoices } from "@/lib/imports/fec/default-mapping";
import { requireOrgPermission } from "@/lib/organizations/context";
import { listPeriods } from "@/lib/periods/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("imports.fec"))("title") };
}

// Managers map an FEC's accounts to spend rows (lib/imports/fec); the rows are committed by the import pipeline.
export default async function FecImportPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "activity.validate");
  const periods = await listPeriods(db(), context.organization.id);
  const open = periods.filter((p) => p.status === "OPEN");
  const t = await getTranslations("imports.fec");
  const back = (await getTranslations("imports.detail"))("back");
  return (
    <div className="space-y-4">
      <Link href={`/${org}/imports`} className="text-sm text-brand-700 hover:underline">
        ← {back}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <FecImport
        orgSlug={org}
        periods={open.map((p) => ({ id: p.id, label: p.label }))}
        defaultPeriodId={open[0]?.id ?? null}
        choices={spendChoices()}
      />
    </div>
  );
}
