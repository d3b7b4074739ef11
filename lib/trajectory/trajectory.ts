import "server-only";
import type { Db } from "@/lib/db/client";
import { listActions, periodsWithData } from "@/lib/reductions/queries";
import { denominatorsByPeriod, postKgsByPeriod, targetValueOf, type TPostKgs } from "@/lib/targets/measure";
import { customPath, gapToTarget, linearPath, valueAt, type TEnteredPoint, type TPathPoint } from "@/lib/targets/path";
import { coveredKg, SCOPE3_POSTS } from "@/lib/targets/posts";
import { projectedPath } from "@/lib/targets/projection";
import { presetWarning, scope3Warning, type TTargetWarning } from "@/lib/targets/warnings";

// The trajectory page's figures, per target: measured values per period (reporting layer), the target
// path, the projection with planned actions, the gap in the target year, the base-year check and warnings.

export type TSeriesPoint = { year: number; actual: number | null; target: number | null; projected: number | null };
export type TTargetView = Awaited<ReturnType<typeof getTrajectory>>["targets"][number];

// A base value moving by less than a gram is rounding, not a recalculation.
const CHANGE_TOLERANCE = 0.001;

export async function getTrajectory(db: Db, organizationId: string) {
  const [targets, measured] = await Promise.all([
    db.reductionTarget.findMany({
      where: { organizationId },
      orderBy: [{ targetYear: "asc" }, { name: "asc" }],
      include: { basePeriod: { select: { id: true, year: true, label: true } } },
    }),
    periodsWithData(db, organizationId),
  ]);
  const { periods, withData } = measured;
  const { actions } = await listActions(db, organizationId, measured);
  const denominators = await denominatorsByPeriod(
    db,
    organizationId,
    periods.map((p) => p.id),
  );
  // Site-narrowed targets read their own figures; the whole organisation's are already here.
  const bySites = new Map<string, Map<string, TPostKgs>>([["", measured.byPeriod]]);
  for (const t of targets) {
    const key = [...t.siteIds].sort().join(",");
    if (!bySites.has(key))
      bySites.set(
        key,
        await postKgsByPeriod(
          db,
          organizationId,
          periods.map((p) => p.id),
          t.siteIds,
        ),
      );
  }
  const projectedActions = actions.map((a) => ({
    type: a.type,
    status: a.status,
    posts: a.posts,
    expectedKg: a.expectedKg,
    startYear: a.startDate ? Number(a.startDate.slice(0, 4)) : null,
    endYear: a.endDate ? Number(a.endDate.slice(0, 4)) : null,
  }));

  const views = targets.map((t) => {
    const byPeriod = bySites.get([...t.siteIds].sort().join(","))!;
    const valueOf = (periodId: string) => {
      const kg = coveredKg(byPeriod.get(periodId) ?? {}, t.posts);
      return kg === 0 ? null : targetValueOf(t.kind, kg, denominators.get(periodId));
    };
    const baseNow = valueOf(t.basePeriodId);
    const baseThen = Number(t.baseValueAtCreation);
    const path: TPathPoint[] =
      t.preset === "CUSTOM_PATH" && Array.isArray(t.pathPoints)
        ? customPath(t.basePeriod.year, baseThen, t.pathPoints as TEnteredPoint[])
        : linearPath(t.basePeriod.year, baseThen, t.targetYear, Number(t.reductionPct));
    const actual = periods.map((p) => ({ year: p.year, value: valueOf(p.id) }));
    const latest = [...withData].reverse().find((p) => valueOf(p.id) !== null);
    const latestKg = latest ? coveredKg(byPeriod.get(latest.id) ?? {}, t.posts) : 0;
    const projectedKg = latest
      ? projectedPath(
          { year: latest.year, kg: latestKg },
          t.targetYear,
          projectedActions,
          t.posts,
          byPeriod.get(latest.id) ?? {},
        )
      : [];
    const latestDenominators = latest ? denominators.get(latest.id) : undefined;
    const projected = projectedKg.map((p) => ({
      year: p.year,
      value: targetValueOf(t.kind, p.value, latestDenominators),
    }));
    const allowed = valueAt(path, t.targetYear);
    const projectedAtTarget = projected.at(-1)?.value ?? null;
    const warnings: TTargetWarning[] = [];
    const belowPreset = presetWarning({
      preset: t.preset,
      baseYear: t.basePeriod.year,
      targetYear: t.targetYear,
      reductionPct: Number(t.reductionPct),
    });
    if (belowPreset) warnings.push(belowPreset);
    return {
      id: t.id,
      name: t.name,
      kind: t.kind,
      preset: t.preset,
      posts: t.posts,
      siteIds: t.siteIds,
      basePeriod: t.basePeriod,
      targetYear: t.targetYear,
      reductionPct: Number(t.reductionPct),
      pathPoints: (t.pathPoints as TEnteredPoint[] | null) ?? null,
      base: {
        atCreation: baseThen,
        now: baseNow,
        changed: baseNow === null || Math.abs(baseNow - baseThen) > CHANGE_TOLERANCE,
      },
      series: seriesOf(actual, path, projected),
      latestYear: latest?.year ?? null,
      gap:
        allowed !== null && projectedAtTarget !== null
          ? { year: t.targetYear, allowed, projected: projectedAtTarget, ...gapToTarget(projectedAtTarget, allowed) }
          : null,
      warnings,
      scope3CoveredKg: coveredKg(
        byPeriod.get(t.basePeriodId) ?? {},
        t.posts.filter((p) => SCOPE3_POSTS.includes(p)),
      ),
    };
  });

  // SBTi: when scope 3 is ≥ 40 % of a base year's total, some target must cover two thirds of it.
  for (const view of views.filter((v) => v.preset === "SBTI_1_5" || v.preset === "SBTI_WB2")) {
    const sameBase = views.filter((v) => v.basePeriod.id === view.basePeriod.id && v.kind === "ABSOLUTE");
    const warning = scope3Warning(
      measured.byPeriod.get(view.basePeriod.id) ?? {},
      sameBase.map((v) => v.scope3CoveredKg),
    );
    if (warning) view.warnings.push(warning);
  }
  return { periods, targets: views, actionsCount: actions.length };
}

function seriesOf(
  actual: { year: number; value: number | null }[],
  path: TPathPoint[],
  projected: { year: number; value: number | null }[],
): TSeriesPoint[] {
  const years = [...new Set([...actual, ...path, ...projected].map((p) => p.year))].sort((a, b) => a - b);
  const from = Math.min(...path.map((p) => p.year), ...actual.filter((a) => a.value !== null).map((a) => a.year));
  return years
    .filter((year) => year >= from)
    .map((year) => ({
      year,
      actual: actual.find((a) => a.year === year)?.value ?? null,
      target: valueAt(path, year),
      projected: projected.find((p) => p.year === year)?.value ?? null,
    }));
}
