import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckCircle2, Circle } from "lucide-react";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { formatMoney, formatNumber } from "@/lib/numbers/format";
import { getOrganizationOverview } from "@/lib/organizations/overview";
import { getOrgContext } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { OverviewSection } from "@/components/dashboard/overview-section";
import { loadOverviewSection } from "@/lib/dashboard/section";
import { EvidencePackPanel } from "@/components/exports/evidence-pack-panel";
import { ExportLinks } from "@/components/exports/export-links";
import { DASHBOARD_TABLES } from "@/lib/exports/dashboard-tables";
import { periodHasBoaviztaResources } from "@/lib/reporting/other-indicators";
import { evidencePackState } from "@/lib/jobs/evidence-pack";

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return { title: (await getOrgContext(org)).organization.name };
}

export default async function OrganizationHome({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const context = await getOrgContext(org);
  const t = await getTranslations("home");
  const locale = await getLocale();
  const overview = await getOrganizationOverview(db(), context.organization.id);
  const { organization, counts, periods } = overview;
  const canConfigure = can(context.role, "settings.read");
  const canReadFigures = can(context.role, "dashboard.read");
  const steps = [
    { key: "profile", done: organization.baseYear !== null && organization.headcount !== null, href: "settings" },
    { key: "sites", done: counts.sites > 0, href: "settings/sites" },
    { key: "products", done: counts.products > 0, href: "settings/products" },
    { key: "periods", done: counts.periods > 0, href: "settings/periods" },
    { key: "members", done: counts.members > 1, href: "settings/members" },
  ] as const;
  const overviewSection =
    canReadFigures && periods.length > 0
      ? await loadOverviewSection(db(), context.organization.id, periods, organization.baseYear, await searchParams)
      : null;
  const periodId = overviewSection?.query.period;
  const [evidencePack, hasIndicators] = await Promise.all([
    // The auditors' evidence pack holds the audit trail: for those who may read it.
    periodId && can(context.role, "audit.read")
      ? evidencePackState(db(), context.organization.id, periodId)
      : Promise.resolve(null),
    periodId ? periodHasBoaviztaResources(db(), context.organization.id, periodId) : Promise.resolve(false),
  ]);
  const facts = [
    { label: t("facts.sites"), value: formatNumber(counts.sites, locale) },
    { label: t("facts.products"), value: formatNumber(counts.products, locale) },
    { label: t("facts.members"), value: formatNumber(counts.members, locale) },
    { label: t("facts.baseYear"), value: organization.baseYear ? String(organization.baseYear) : "—" },
    {
      label: t("facts.headcount"),
      value: organization.headcount === null ? "—" : formatNumber(organization.headcount, locale),
    },
    {
      label: t("facts.revenue"),
      value: organization.annualRevenueEur === null ? "—" : formatMoney(organization.annualRevenueEur, "EUR", locale),
    },
  ];
  return (
    <>
      <PageHeader
        title={organization.name}
        description={
          organization.consultingFirm ? t("servedBy", { firm: organization.consultingFirm.name }) : t("subtitle")
        }
      />
      {canReadFigures ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {facts.map((fact) => (
            <div key={fact.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
              <dt className="text-xs text-slate-500">{fact.label}</dt>
              <dd className="mt-1 text-lg font-semibold tabular-nums">{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Card>
          <h2 className="text-base font-semibold">{t("tasksTitle")}</h2>
          <p className="mt-2 text-sm text-slate-600" data-testid="contributor-tasks">
            {t("noTasks")}
          </p>
        </Card>
      )}
      {overviewSection ? (
        <div className="mt-6">
          <OverviewSection
            {...overviewSection}
            completenessHref={`/${org}/collection/completeness`}
            orgSlug={org}
            settingsHref={`/${org}/settings`}
          />
        </div>
      ) : null}
      {overviewSection ? (
        <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
          <ExportLinks
            orgSlug={org}
            query={overviewSection.query}
            periodLabel={overviewSection.periods.find((p) => p.id === overviewSection.query.period)?.label ?? ""}
            against={overviewSection.yoy.against}
            tables={DASHBOARD_TABLES.filter(
              (table) =>
                (table !== "comparison" || overviewSection.comparison !== null) &&
                (table !== "yoy" || overviewSection.yoy.data !== null) &&
                (table !== "indicators" || hasIndicators),
            )}
          />
          {evidencePack ? (
            <EvidencePackPanel orgSlug={org} periodId={overviewSection.query.period} initial={evidencePack} />
          ) : null}
        </div>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {canConfigure ? (
          <Card>
            <h2 className="text-base font-semibold">{t("setupTitle")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("setupText")}</p>
            <ol className="mt-4 space-y-2">
              {steps.map((step) => (
                <li key={step.key} className="flex items-center gap-3 text-sm">
                  {step.done ? (
                    <CheckCircle2 aria-hidden className="size-5 text-emerald-600" />
                  ) : (
                    <Circle aria-hidden className="size-5 text-slate-300" />
                  )}
                  <Link href={`/${org}/${step.href}`} className="text-slate-800 underline-offset-2 hover:underline">
                    {t(`steps.${step.key}`)}
                  </Link>
                  <span className="sr-only">{step.done ? t("done") : t("todo")}</span>
                </li>
              ))}
            </ol>
          </Card>
        ) : null}
        <Card>
          <h2 className="text-base font-semibold">{t("periodsTitle")}</h2>
          {periods.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noPeriods")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {periods.map((period) => (
                <li key={period.id} className="flex items-center justify-between py-2 text-sm">
                  <span>
                    {period.label}
                    {organization.baseYear === period.year ? (
                      <span className="ml-2 text-xs text-slate-500">({t("baseYear")})</span>
                    ) : null}
                  </span>
                  <Badge tone={period.status === "LOCKED" ? "amber" : "green"}>
                    {t(`periodStatus.${period.status}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
