import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TemplateDownloads } from "@/components/imports/template-downloads";
import { PageHeader } from "@/components/ui/card";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("imports.templates"))("title") };
}

// The import templates on their own page; the imports page shows the same component.
export default async function ImportTemplatesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await requireOrgPermission(org, "activity.create");
  const t = await getTranslations("imports.templates");
  const back = (await getTranslations("imports.detail"))("back");
  return (
    <div className="space-y-4">
      <Link href={`/${org}/imports`} className="text-sm text-brand-700 hover:underline">
        ← {back}
      </Link>
      <PageHeader title={t("title")} description={t("intro")} />
      <TemplateDownloads orgSlug={org} titled={false} />
    </div>
  );
}
