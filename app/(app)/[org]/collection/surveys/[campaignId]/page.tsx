import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SurveyResultsView } from "@/components/surveys/survey-results";
import { db } from "@/lib/db";
import { formatNumber, formatPercent } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { getCampaignResults } from "@/lib/surveys/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("results.title") };
}

export default async function SurveyResultsPage({ params }: { params: Promise<{ org: string; campaignId: string }> }) {
  const { org, campaignId } = await params;
  const context = await requireOrgPermission(org, "surveys.manage");
  const found = await getCampaignResults(db(), context.organization.id, campaignId);
  if (!found) notFound();
  const locale = await getLocale();
  const t = await getTranslations("surveys");
  const { results: r } = found;
  const kg = (v: number) => formatNumber(v, locale, 0);
  return (
    <div>
      <Link href={`/${org}/collection/surveys`} className="text-sm text-brand-700 underline">
        {t("results.back")}
      </Link>
      <SurveyResultsView
        title={t("results.heading", { period: found.periodLabel })}
        shown={r.shown}
        lowRate={r.rate.low}
        respondents={formatNumber(r.rate.respondents, locale, 0)}
        population={formatNumber(r.rate.population, locale, 0)}
        rate={formatPercent(r.rate.rate, locale)}
        meanKg={kg(r.meanKgCO2e)}
        totalKg={kg(r.extrapolatedKgCO2e)}
        remoteShare={formatPercent(r.remoteShare, locale)}
        byMode={r.byMode.map((m) => ({
          key: m.mode,
          respondents: formatNumber(m.respondents, locale, 0),
          kg: kg(m.kgCO2e),
        }))}
        bySite={r.bySite.map((s) => {
          const site = found.sites.get(s.site);
          return {
            key: s.site,
            name: site?.name,
            respondents: formatNumber(s.respondents, locale, 0),
            kg: kg(s.kgCO2e),
            rate: site?.headcount ? formatPercent(s.respondents / site.headcount, locale) : undefined,
          };
        })}
        distances={r.distances.map((d) => ({ key: d.group, respondents: formatNumber(d.respondents, locale, 0) }))}
      />
    </div>
  );
}
