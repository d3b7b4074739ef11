import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReviewQueue } from "@/components/review/review-queue";
import { PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { listSubmittedLines, submittedCountsByPeriod } from "@/lib/activity/review-queries";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { listPeriods } from "@/lib/periods/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("title") };
}

// Managers review the submitted lines of one period (?period=<id>): by default the latest period with
// lines to review, else the latest period.
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const { org } = await params;
  const { period: asked } = await searchParams;
  const context = await requireOrgPermission(org, "activity.validate");
  const organizationId = context.organization.id;
  const [periods, counts] = await Promise.all([
    listPeriods(db(), organizationId),
    submittedCountsByPeriod(db(), organizationId),
  ]);
  const t = await getTranslations("review");
  const byYear = [...periods].sort((a, b) => b.year - a.year);
  const period =
    byYear.find((p) => p.id === asked) ?? byYear.find((p) => (counts.get(p.id) ?? 0) > 0) ?? byYear[0] ?? null;
  const lines = period ? await listSubmittedLines(db(), organizationId, period.id) : [];
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {period ? (
        <nav aria-label={t("periods")} className="mb-4 flex flex-wrap gap-2">
          {byYear.map((p) => (
            <Link
              key={p.id}
              href={`/${org}/collection/review?period=${encodeURIComponent(p.id)}`}
              aria-current={p.id === period.id ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm",
                p.id === period.id
                  ? "border-brand-600 bg-brand-600 text-white"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {t("periodCount", { label: p.label, count: counts.get(p.id) ?? 0 })}
            </Link>
          ))}
        </nav>
      ) : null}
      {period?.status === "LOCKED" ? <p className="mb-4 text-sm text-amber-800">{t("locked")}</p> : null}
      <ReviewQueue key={period?.id ?? "none"} orgSlug={org} lines={lines} />
    </div>
  );
}
