import { useLocale, useTranslations } from "next-intl";
import { formatShare, formatTonnes } from "@/lib/dashboard/labels";
import type { TFigure, TOverview } from "@/lib/dashboard/overview";
import { SCOPE_COLORS } from "@/components/dashboard/palette";
import { FigureLink } from "@/components/dashboard/figure-link";
import { drillHref, type TDrill } from "@/lib/dashboard/drill-link";

// The headline: total ± uncertainty with the share whose uncertainty is known, then the three scopes,
// scope 2 shown both ways (the other method is never added to the total).

function Uncertainty({ figure }: { figure: TFigure }) {
  const t = useTranslations("dashboard.kpi");
  const locale = useLocale();
  return (
    <p className="mt-1 text-xs text-slate-500">
      ± {formatTonnes(figure.uncertaintyKg, locale)} t
      {figure.knownShare !== null ? ` · ${t("known", { share: formatShare(Number(figure.knownShare), locale) })}` : ""}
    </p>
  );
}

export function KpiCards({
  overview,
  scope2,
  drill,
}: {
  overview: TOverview;
  scope2: "location" | "market";
  drill?: TDrill; // the total and each scope link to their lines
}) {
  const t = useTranslations("dashboard.kpi");
  const locale = useLocale();
  const { total, scopes } = overview;
  const other = scope2 === "location" ? overview.scope2.market : overview.scope2.location;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="rounded-lg border border-brand-100 bg-brand-50 p-4">
        <p className="text-xs font-medium text-brand-900">{t("total")}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums text-brand-900" data-testid="overview-total">
          <FigureLink href={drill && drillHref(drill, {})} testId="drill-total">
            {formatTonnes(total.kg, locale)} <span className="text-base font-medium">tCO2e</span>
          </FigureLink>
        </p>
        <Uncertainty figure={total} />
      </div>
      {([1, 2, 3] as const).map((scope) => (
        <div key={scope} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="flex items-center gap-2 text-xs font-medium text-slate-600">
            <span aria-hidden className="size-2.5 rounded-full" style={{ background: SCOPE_COLORS[scope] }} />
            {t(`scope${scope}`)}
          </p>
          <p className="mt-1 text-xl font-semibold tabular-nums" data-testid={`overview-scope${scope}`}>
            <FigureLink href={drill && drillHref(drill, { scopes: [scope] })}>
              {formatTonnes(scopes[scope].kg, locale)} <span className="text-sm font-medium">t</span>
            </FigureLink>
          </p>
          {scope === 2 ? (
            <p className="mt-1 text-xs text-slate-500">
              {t(scope2 === "location" ? "marketAside" : "locationAside", { value: formatTonnes(other, locale) })}
            </p>
          ) : (
            <Uncertainty figure={scopes[scope]} />
          )}
        </div>
      ))}
    </div>
  );
}
