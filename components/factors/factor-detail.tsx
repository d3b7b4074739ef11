import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { Facts } from "@/components/factors/definition-list";
import { FactorGases, FactorStages } from "@/components/factors/factor-breakdowns";
import { localName, otherName, regionName } from "@/components/factors/format";
import { formatDate, formatDecimal } from "@/lib/numbers/format";
import { Badge, Card } from "@/components/ui/card";
import type { TEmissionFactorDetail } from "@/lib/factors/db/queries";
import { categoryPathLabel } from "@/lib/factors/labels/categories";
import { factorUnitLabel } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

export async function FactorDetail({ factor, backHref }: { factor: TEmissionFactorDetail; backHref: string }) {
  const t = await getTranslations("factors");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const unitLabel = factorUnitLabel(factor, lang);
  const { release } = factor;
  const value = factor.value.toFixed();
  const uncertainty = factor.uncertaintyPct?.toFixed() ?? null;
  const other = otherName(factor, locale);
  const notGiven = <span className="text-slate-500">{t("detail.notGiven")}</span>;
  const sourceName = t.has(`sources.${factor.source}`) ? t(`sources.${factor.source}`) : factor.source;
  return (
    <article className="space-y-6">
      <Link href={backHref} className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {t("detail.back")}
      </Link>
      <header className="space-y-2">
        <p className="text-xs text-slate-500">
          {categoryPathLabel(factor.source, factor.categoryPath, lang).join(" › ")}
        </p>
        <h2 className="text-xl font-semibold text-slate-900">{localName(factor, locale)}</h2>
        {other ? (
          <p className="text-sm text-slate-600">
            {t(locale === "en" ? "detail.otherNameFr" : "detail.otherName", { name: other })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Badge tone={factor.status === "valid" ? "green" : factor.status === "review" ? "amber" : "slate"}>
            {t(`statuses.${factor.status as "valid"}`)}
          </Badge>
          <Badge>
            {sourceName} {factor.version}
          </Badge>
        </div>
      </header>
      <Card className="flex flex-wrap items-start gap-x-10 gap-y-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("detail.value")}</p>
          <p className="text-3xl font-semibold tabular-nums text-slate-900">
            {formatDecimal(value, locale)} <span className="text-base font-normal text-slate-600">{unitLabel}</span>
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("detail.uncertainty")}</p>
          <p className="text-lg tabular-nums text-slate-800">
            {uncertainty === null ? (
              <span title={t("detail.uncertaintyUnknownHint")}>{t("uncertaintyUnknown")}</span>
            ) : (
              t("uncertainty", { value: formatDecimal(uncertainty, locale) })
            )}
          </p>
        </div>
      </Card>
      {factor.status !== "valid" && factor.reviewNote ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {factor.reviewNote}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-base font-semibold">{t("detail.facts")}</h2>
          <Facts
            items={[
              {
                label: t("detail.region"),
                value: regionName(factor.region, locale),
              },
              { label: t("detail.year"), value: factor.referenceYear ?? notGiven },
              { label: t("detail.validity"), value: factor.validity ?? notGiven },
              {
                label: t("detail.uncertainty"),
                value:
                  uncertainty === null
                    ? t("detail.uncertaintyUnknownHint")
                    : t("uncertainty", { value: formatDecimal(uncertainty, locale) }),
              },
              { label: t("detail.gwpSet"), value: factor.gwpSet === "unknown" ? notGiven : factor.gwpSet },
              factor.reviewNote && factor.status === "valid"
                ? { label: t("detail.reviewNote"), value: factor.reviewNote }
                : null,
              factor.tags.length > 0
                ? {
                    label: t("detail.tags"),
                    value: (
                      <span className="flex flex-wrap gap-1">
                        {factor.tags.map((tag) => (
                          <Badge key={tag}>{tag}</Badge>
                        ))}
                      </span>
                    ),
                  }
                : null,
            ]}
          />
        </Card>
        <Card>
          <h2 className="mb-2 text-base font-semibold">{t("detail.provenance.title")}</h2>
          <Facts
            items={[
              { label: t("detail.provenance.id"), value: <code className="text-xs">{factor.id}</code> },
              { label: t("detail.provenance.release"), value: release.title },
              { label: t("detail.provenance.publisher"), value: release.publisher },
              {
                label: t("detail.provenance.publishedOn"),
                value: formatDate(release.publishedOn, locale),
              },
              { label: t("detail.provenance.licence"), value: release.licence },
              { label: t("detail.provenance.publishedUnit"), value: factor.unitLabel },
              factor.regionLabel ? { label: t("detail.provenance.publishedRegion"), value: factor.regionLabel } : null,
              { label: t("detail.provenance.contributor"), value: factor.contributor ?? notGiven },
              { label: t("detail.provenance.sourceText"), value: factor.sourceText ?? notGiven },
            ]}
          />
        </Card>
      </div>
      <FactorStages stages={factor.stages} total={value} unitLabel={unitLabel} />
      <FactorGases gases={factor.gases} unitLabel={unitLabel} />
      <Card>
        <h2 className="mb-2 text-base font-semibold">{t("detail.provenance.attribution")}</h2>
        <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-700">
          {release.attribution}
        </blockquote>
      </Card>
    </article>
  );
}
