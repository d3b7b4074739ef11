import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ResolutionRule } from "@/components/lines/resolution-rule";
import { validation } from "@/components/lines/validation";
import { Card } from "@/components/ui/card";
import type { TLineDetail } from "@/lib/reporting/line-types";
import { unitName } from "@/lib/factors/labels/units";
import { formatDate, formatDecimal, formatNumber, formatPercent } from "@/lib/numbers/format";

type Props = {
  line: TLineDetail;
  activityName: string;
  factorHref: string | null; // the factor library's page, when it shows this factor
  editHref: string | null;
};

function Rows({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="mb-1 min-w-0 break-words text-slate-900 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

// One line: its figure (both scope-2 methods on scope-2 lines), the activity behind it, and the factor's
// full record with its source's licence and the attribution reports must carry.
export function LineDetail({ line, activityName, factorHref, editHref }: Props) {
  const t = useTranslations("lines.detail");
  const tl = useTranslations("lines");
  const ts = useTranslations("activity.stages");
  const locale = useLocale();
  const lang = locale.startsWith("en") ? "en" : "fr";
  const f = line.factor;
  const kg = (value: string) => `${formatNumber(value, locale, 6)} kgCO2e`;
  const factorName = (lang === "en" ? (f.nameEn ?? f.nameFr) : f.nameFr) ?? f.id;
  const classification = [
    t("scope", { scope: line.scope }),
    line.ghgCategory !== null ? t("category", { category: line.ghgCategory }) : null,
    t("poste", { poste: line.begesPoste }),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="min-w-0 space-y-3">
        <h2 className="text-base font-semibold">{t("lineTitle")}</h2>
        <p className="text-2xl font-semibold tabular-nums" data-testid="line-kg">
          {kg(line.kgCO2e)}
        </p>
        <Rows
          rows={[
            [t("classification"), classification],
            ...(line.marketKgCO2e !== null
              ? ([
                  [t("location"), kg(line.locationKgCO2e)],
                  [t("market"), kg(line.marketKgCO2e)],
                ] as [string, string][])
              : []),
            [t("quantity"), `${formatNumber(line.quantity, locale, 6)} ${unitName(f.unit, lang)}`],
            ...(line.stage
              ? ([
                  [
                    t("stage"),
                    `${ts.has(line.stage) ? ts(line.stage as "combustion") : line.stage} (${formatPercent(Number(line.stageShare), locale)})`,
                  ],
                ] as [string, string][])
              : []),
            [t("rule"), <ResolutionRule key="rule" rule={line.resolutionRule} />],
            [t("gwp"), line.gwpSet],
          ]}
        />
        <h3 className="pt-2 text-sm font-semibold">{t("activityTitle")}</h3>
        <Rows
          rows={[
            [t("activity"), activityName],
            [t("entered"), `${formatNumber(line.activityQuantity, locale, 6)} ${line.activityUnit}`],
            [t("site"), line.siteName ?? "—"],
            [t("product"), line.productName ?? "—"],
            [tl("columns.people"), `${tl("enteredBy", { name: line.enteredBy ?? "—" })} · ${validation(line, tl)}`],
          ]}
        />
        {editHref ? (
          <Link
            href={editHref}
            className="inline-block text-sm font-medium text-brand-700 hover:underline"
            data-testid="line-edit"
          >
            {tl("editActivity")}
          </Link>
        ) : null}
      </Card>
      <Card className="min-w-0 space-y-3">
        <h2 className="text-base font-semibold">{t("factorTitle")}</h2>
        <p className="font-medium text-slate-900" data-testid="factor-name">
          {factorName}
        </p>
        <Rows
          rows={[
            [
              t("factorId"),
              <code key="id" className="break-all text-xs">
                {f.id}
              </code>,
            ],
            [t("source"), f.source],
            [t("release"), f.version ?? "—"],
            [t("value"), `${formatDecimal(f.value, locale)} kgCO2e/${unitName(f.unit, lang)}`],
            [
              t("uncertainty"),
              f.uncertaintyPct === null
                ? tl("uncertaintyUnknown")
                : `± ${formatPercent(Number(f.uncertaintyPct) / 100, locale)}`,
            ],
            ...(line.library
              ? ([
                  [t("publication"), `${line.library.title} — ${line.library.publisher}`],
                  [t("published"), line.library.publishedOn ? formatDate(line.library.publishedOn, locale) : "—"],
                  [t("region"), line.library.region],
                  [t("referenceYear"), line.library.referenceYear ?? "—"],
                  [t("licence"), line.library.licence],
                  [
                    t("attribution"),
                    <span key="a" className="text-slate-700">
                      {line.library.attribution}
                    </span>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            ...(line.custom
              ? ([
                  [t("customSource"), line.custom.source],
                  [t("justification"), line.custom.justification],
                ] as [string, string][])
              : []),
            ...(f.kind === "other" ? ([[t("licence"), t("notInLibrary")]] as [string, string][]) : []),
          ]}
        />
        {factorHref ? (
          <Link
            href={factorHref}
            className="inline-block text-sm font-medium text-brand-700 hover:underline"
            data-testid="factor-link"
          >
            {t("openFactor")}
          </Link>
        ) : null}
      </Card>
    </div>
  );
}
