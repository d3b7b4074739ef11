import { getTranslations } from "next-intl/server";
import { PublicSection, type TPublicFormatters } from "@/components/transparency/labels";
import { TrajectorySvg } from "@/components/transparency/trajectory-svg";
import { formatNumber } from "@/lib/numbers/format";
import type { TSnapshot } from "@/lib/transparency/schemas";

// Targets as published: what each asks for, its trajectory and the gap in its target year.
const SCALE = { ABSOLUTE: 1000, INTENSITY_EMPLOYEE: 1000, INTENSITY_REVENUE: 1 } as const;

export async function PublicTargets({
  targets,
  f,
  locale,
}: {
  targets: NonNullable<TSnapshot["targets"]>;
  f: TPublicFormatters;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.targets");
  const trajectory = await getTranslations("trajectory");
  return (
    <PublicSection id="targets" title={t("title")}>
      {targets.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
      <div className="space-y-6">
        {targets.map((target) => {
          const scale = SCALE[target.kind];
          const unit = trajectory(`units.${target.kind}`);
          const show = (v: number) => `${formatNumber(v / scale, locale, 1)} ${unit}`;
          const gap = target.gap;
          return (
            <article key={target.name} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-medium text-slate-900">{target.name}</h3>
              <p className="mt-1 text-sm text-slate-600">
                {trajectory(`form.presets.${target.preset}`)} ·{" "}
                {t("summary", {
                  reduction: formatNumber(target.reductionPct, locale, 1),
                  base: target.baseYear,
                  year: target.targetYear,
                })}
              </p>
              <p className="text-xs text-slate-500">{t("covers", { posts: f.coverage(target.posts) })}</p>
              <div className="mt-3">
                <TrajectorySvg
                  points={target.series.map((p) => ({
                    year: p.year,
                    actual: p.actual === null ? null : p.actual / scale,
                    target: p.target === null ? null : p.target / scale,
                    projected: p.projected === null ? null : p.projected / scale,
                  }))}
                  label={t("chart", { name: target.name })}
                  legend={{
                    actual: trajectory("chart.actual"),
                    target: trajectory("chart.target"),
                    projected: trajectory("chart.projected"),
                  }}
                  formatAxis={(v) =>
                    new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(v)
                  }
                />
              </div>
              {gap ? (
                <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="text-xs text-slate-500">{t("allowed", { year: gap.year })}</dt>
                    <dd className="tabular-nums">{show(gap.allowed)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-slate-500">{t("projected", { year: gap.year })}</dt>
                    <dd className="tabular-nums">{show(gap.projected)}</dd>
                  </div>
                  <div>
                    <dt className="sr-only">{trajectory("figures.gap", { year: gap.year })}</dt>
                    <dd className={gap.gap > 0 ? "text-amber-800" : "text-emerald-800"}>
                      {gap.gap > 0
                        ? t("gapAbove", { value: show(gap.gap), pct: formatNumber(gap.gapPct ?? 0, locale, 1) })
                        : t("onTrack", { value: show(-gap.gap) })}
                    </dd>
                  </div>
                </dl>
              ) : null}
            </article>
          );
        })}
      </div>
    </PublicSection>
  );
}
