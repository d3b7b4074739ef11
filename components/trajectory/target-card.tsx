import { getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { DeleteTargetButton, RebaseTargetButton } from "@/components/trajectory/target-buttons";
import { Badge, Card } from "@/components/ui/card";
import { TrajectoryChart } from "@/components/ui/trajectory-chart";
import { ghgCategoryLabel } from "@/lib/dashboard/labels";
import { formatNumber } from "@/lib/numbers/format";
import { SCOPE3_POSTS } from "@/lib/targets/posts";
import type { TTargetView } from "@/lib/trajectory/trajectory";

// Tonnes for absolute targets and per-employee ones; kg per k€ stays in kg (a few to a few hundred).
const SCALE = { ABSOLUTE: 1000, INTENSITY_EMPLOYEE: 1000, INTENSITY_REVENUE: 1 } as const;

export async function TargetCard({
  target,
  locale,
  orgSlug,
  canManage,
}: {
  target: TTargetView;
  locale: string;
  orgSlug: string;
  canManage: boolean;
}) {
  const t = await getTranslations("trajectory");
  const scale = SCALE[target.kind];
  const unit = t(`units.${target.kind}`);
  const show = (value: number | null) => (value === null ? "—" : `${formatNumber(value / scale, locale, 1)} ${unit}`);
  const data = target.series.map((p) => ({
    year: p.year,
    actual: p.actual === null ? null : p.actual / scale,
    target: p.target === null ? null : p.target / scale,
    projected: p.projected === null ? null : p.projected / scale,
  }));
  const gap = target.gap;
  return (
    <Card className="space-y-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold text-slate-900">{target.name}</h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("target.summary", {
              reduction: formatNumber(target.reductionPct, locale, 2),
              base: target.basePeriod.label,
              year: target.targetYear,
            })}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {t("target.coverage", { posts: coverageText(target.posts, locale, t) })}
            {target.siteIds.length > 0 ? ` · ${t("target.sites", { count: target.siteIds.length })}` : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="blue">{t(`form.presets.${target.preset}`)}</Badge>
          <Badge>{t(`form.kinds.${target.kind}`)}</Badge>
          {canManage ? <DeleteTargetButton orgSlug={orgSlug} id={target.id} /> : null}
        </div>
      </div>

      {target.base.changed ? (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between"
        >
          <p>
            {t("target.baseChanged", {
              base: target.basePeriod.label,
              before: show(target.base.atCreation),
              after: show(target.base.now),
            })}
          </p>
          {canManage && target.base.now !== null ? <RebaseTargetButton orgSlug={orgSlug} id={target.id} /> : null}
        </div>
      ) : null}

      {target.warnings.map((w) => (
        <p
          key={w.code}
          role="status"
          className="flex gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <AlertTriangle aria-hidden className="size-4 shrink-0" />
          {w.code === "belowPreset"
            ? t("warnings.belowPreset", { minimum: formatNumber(w.minimumPct, locale, 1) })
            : t("warnings.scope3Uncovered", {
                share: formatNumber(w.scope3Share * 100, locale, 0),
                coverage: formatNumber(w.bestCoverage * 100, locale, 0),
              })}
        </p>
      ))}

      <p className="text-xs text-slate-500">{unit}</p>
      <TrajectoryChart
        data={data}
        locale={locale}
        unit={unit}
        label={t("chart.label", { name: target.name, unit })}
        legend={{ actual: t("chart.actual"), target: t("chart.target"), projected: t("chart.projected") }}
      />

      <dl className="grid gap-3 text-sm sm:grid-cols-4">
        <Figure label={t("figures.base", { year: target.basePeriod.year })} value={show(target.base.atCreation)} />
        <Figure label={t("figures.allowed", { year: target.targetYear })} value={show(gap?.allowed ?? null)} />
        <Figure label={t("figures.projected", { year: target.targetYear })} value={show(gap?.projected ?? null)} />
        <Figure
          label={t("figures.gap", { year: target.targetYear })}
          value={
            gap === null
              ? t("figures.noData")
              : gap.gap > 0
                ? t("figures.gapAbove", {
                    value: show(gap.gap),
                    pct: gap.gapPct === null ? "—" : formatNumber(gap.gapPct, locale, 1),
                  })
                : t("figures.onTrack", { value: show(-gap.gap) })
          }
          tone={gap === null ? "slate" : gap.gap > 0 ? "red" : "green"}
        />
      </dl>
    </Card>
  );
}

function Figure({ label, value, tone = "slate" }: { label: string; value: string; tone?: "slate" | "red" | "green" }) {
  const tones = { slate: "text-slate-900", red: "text-red-700", green: "text-emerald-700" } as const;
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`mt-1 font-semibold tabular-nums ${tones[tone]}`}>{value}</dd>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"trajectory">>>;

/** "Scopes 1 and 2", "Scope 3", or the posts' names. */
function coverageText(posts: string[], locale: string, t: T): string {
  const has = (list: string[]) => list.every((p) => posts.includes(p));
  const s3 = posts.filter((p) => p.startsWith("3."));
  const parts: string[] = [];
  if (has(["scope1", "scope2"])) parts.push(t("posts.scopes12"));
  else if (posts.includes("scope1")) parts.push(t("posts.scope1"));
  else if (posts.includes("scope2")) parts.push(t("posts.scope2"));
  if (s3.length === SCOPE3_POSTS.length) parts.push(t("posts.scope3"));
  else parts.push(...s3.map((p) => `${p} ${ghgCategoryLabel(Number(p.slice(2)), locale) ?? ""}`.trim()));
  return parts.join(" · ");
}
