import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activity/activity-form";
import { valuesFromStored } from "@/components/activity/form-values";
import { langOf } from "@/components/activity/labels";
import { CarriedYears } from "@/components/activity/carried-years";
import { EvidencePanel } from "@/components/activity/evidence-panel";
import { StatusControls } from "@/components/activity/status-controls";
import { StoredLines } from "@/components/activity/stored-lines";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { airportLabel } from "@/lib/activity/airports/search";
import { carriedYearsOf } from "@/lib/activity/carried-queries";
import { categoryOfActivityType, isActivityCategory } from "@/lib/activity/categories";
import { loadCollectionRefs } from "@/lib/activity/collection-refs";
import { mayEditActivity } from "@/lib/activity/edit-rights";
import { factorDetails } from "@/lib/activity/factor-details";
import { formOptionsFor } from "@/lib/activity/form-options";
import { gridCountries } from "@/lib/activity/grid-countries";
import { formUnitOf } from "@/lib/activity/form-unit";
import { libraryFactorChoice } from "@/lib/activity/library-factor-choice";
import { getActivityWithLines } from "@/lib/activity/queries";
import { loadCalcMappings } from "@/lib/calc";
import { db } from "@/lib/db";
import { listEvidence } from "@/lib/evidence/queries";
import { formatForInput } from "@/lib/numbers/format";
import { isoDateOf } from "@/lib/periods/dates";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listNetworks } from "@/lib/sites/networks";

// Hosting entered as servers: what was typed, beside the kWh it made (ZActivityDataOptions.servers).
function serversOf(options: Record<string, unknown>, kWh: string) {
  const servers = options.servers as { count: number; watts: number; hours: number } | undefined;
  return servers ? { ...servers, kWh } : null;
}

// The acquisition year the engine amortises from (lib/activity/engine-input.ts yearOf).
function acquisitionYearOf(a: { activityDate: Date | null; activityYear: number | null; period: { year: number } }) {
  return a.activityDate?.getUTCFullYear() ?? a.activityYear ?? a.period.year;
}

type Props = { params: Promise<{ org: string; category: string; activityId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("collection"))("editTitle") };
}

export default async function ActivityPage({ params }: Props) {
  const { org, category, activityId } = await params;
  if (!isActivityCategory(category)) notFound();
  const context = await requireOrgPermission(org, "activity.read");
  const organizationId = context.organization.id;
  const activity = await getActivityWithLines(db(), organizationId, activityId);
  if (!activity || categoryOfActivityType(activity.activityTypeId) !== category) notFound();
  const t = await getTranslations("collection");
  const locale = await getLocale();
  const lang = langOf(locale);
  const refs = await loadCollectionRefs(db(), organizationId);
  const factors = await factorDetails(
    db(),
    organizationId,
    activity.lines.map((l) => l.factorId),
  );
  const options = (activity.options ?? {}) as Record<string, unknown>;
  const airports = options.airports as { from?: string; to?: string } | undefined;
  const airportLabels: Record<string, string> = {};
  for (const code of [airports?.from, airports?.to]) if (code) airportLabels[code] = airportLabel(code, lang) ?? code;
  const evidence = await listEvidence(db(), organizationId, activity.id);
  const ownsLine = mayEditActivity({ role: context.role, userId: context.user.id }, activity);
  const editable = activity.period.status === "OPEN" && ownsLine;
  const listHref = `/${org}/collection/${category}`;
  const choices = {
    ...formOptionsFor(category),
    gridCountries: category === "digital" ? await gridCountries(db(), context.organization.id) : [],
  };
  const networks = editable && category === "energy" ? await listNetworks(db(), organizationId) : null;
  const libraryFactor = editable ? await libraryFactorChoice(db(), organizationId, activity.libraryFactorId) : null;
  const title = activity.label ?? t("editTitle");
  const carried = await carriedYearsOf(db(), organizationId, activity.id, activity.periodId);
  const lifetime =
    typeof options.lifetimeYears === "number"
      ? options.lifetimeYears
      : (loadCalcMappings().activityTypes.get(activity.activityTypeId)?.capitalGoods?.lifetimeYears ?? null);
  return (
    <>
      <PageHeader
        title={title}
        description={t(`categories.${category}.title`)}
        actions={
          <Link href={`${listHref}?period=${activity.periodId}`} className={buttonClass("ghost", "sm")}>
            {t("backToList")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-start gap-2 text-sm text-slate-600">
        <span className="py-1">{t("statusLabel")}</span>
        <StatusControls
          orgSlug={org}
          activityId={activity.id}
          status={activity.status}
          comment={activity.statusComment}
          canSubmit={editable && can(context.role, "activity.submit")}
          canValidate={activity.period.status === "OPEN" && can(context.role, "activity.validate")}
          lineLabel={title}
        />
        {activity.period.status === "LOCKED" ? <span>{t("periodIsLocked")}</span> : null}
        {!editable && activity.period.status === "OPEN" ? <span>{t("readOnly")}</span> : null}
      </div>
      <div className="space-y-6">
        {editable ? (
          <ActivityForm
            orgSlug={org}
            title={title}
            choices={choices}
            periods={refs.periods
              .filter((p) => p.status === "OPEN")
              .map((p) => ({
                id: p.id,
                name: p.label,
                amortised: p.capitalGoodsMethod === "amortised",
                hours: p.hours,
              }))}
            sites={refs.sites}
            products={refs.products}
            initial={valuesFromStored(
              {
                ...activity,
                quantity: activity.quantity.toFixed(),
                unit: formUnitOf(
                  activity.unit,
                  choices.types.find((t) => t.id === activity.activityTypeId)?.units ?? [],
                ),
                activityDate: activity.activityDate ? isoDateOf(activity.activityDate) : null,
                uncertaintyPct: activity.uncertaintyPct?.toFixed() ?? null,
                options,
              },
              (value) => formatForInput(value, locale),
              libraryFactor,
            )}
            activityId={activity.id}
            airportLabels={airportLabels}
            networks={networks}
            listHref={listHref}
          />
        ) : null}
        <StoredLines
          kgCO2e={activity.kgCO2e.toFixed()}
          computedAt={activity.computedAt.toISOString()}
          lines={activity.lines.map((l) => ({
            scope: l.scope,
            ghgCategory: l.ghgCategory,
            begesPoste: l.begesPoste,
            stage: l.stage,
            kgCO2e: l.kgCO2e.toFixed(),
            factorId: l.factorId,
            resolutionRule: l.resolutionRule,
          }))}
          factors={Object.fromEntries(factors)}
          servers={serversOf(options, activity.quantity.toFixed())}
        />
        {carried.length > 0 && lifetime !== null ? (
          <CarriedYears
            listHref={listHref}
            acquisitionYear={activity.period.year}
            lifetimeYears={lifetime}
            years={carried.map((y) => ({
              ...y,
              portion: Math.min(1, lifetime - (y.year - acquisitionYearOf(activity))),
            }))}
          />
        ) : null}
        <EvidencePanel
          orgSlug={org}
          owner={{ activityId: activity.id }}
          files={evidence}
          canUpload={editable}
          canRemove={editable}
        />
      </div>
    </>
  );
}
