import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CustomFactorTable } from "@/components/factors/custom-factor-table";
import { buttonClass } from "@/components/ui/button";
import { db } from "@/lib/db";
import { listCustomFactors } from "@/lib/factors/db/custom-queries";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("customFactors"))("title") };
}

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomFactorsPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "factors.read");
  const t = await getTranslations("customFactors");
  const includeRetired = (await searchParams).retired === "1";
  const factors = await listCustomFactors(db(), context.organization.id, { includeRetired });
  const rows = factors.map((f) => ({ ...f, value: f.value.toFixed() }));
  const base = `/${org}/factors/custom`;
  return (
    <div>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <p className="max-w-2xl text-sm text-slate-600">{t("description")}</p>
        <div className="flex shrink-0 gap-2">
          <Link href={includeRetired ? base : `${base}?retired=1`} className={buttonClass("ghost", "sm")}>
            {includeRetired ? t("hideRetired") : t("showRetired")}
          </Link>
          {can(context.role, "factors.manage") ? (
            <Link href={`${base}/new`} className={buttonClass("primary", "sm")}>
              {t("add")}
            </Link>
          ) : null}
        </div>
      </div>
      <CustomFactorTable orgSlug={org} rows={rows} />
    </div>
  );
}
