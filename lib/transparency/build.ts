import { contributionTotals } from "@/lib/contributions/totals";
import { POST_KEYS } from "@/lib/targets/posts";
import { ZSnapshot, type TSections, type TSnapshot } from "@/lib/transparency/schemas";

// The snapshot of the public page, built from what the reporting layer and the trajectory, action-plan and
// contribution queries returned (pure, so it is unit-tested on real numbers). It copies named figures only:
// no id, no owner, no description, no cost, no price. Sections left out are null. ZSnapshot (strict)
// checks the result, so a field added here by mistake fails the publication instead of going public.

type TPeriod = { id: string; year: number; label: string };
type TKgByPost = Record<string, number>;

export type TSnapshotInputs = {
  organizationName: string;
  takenAt: Date;
  sections: TSections;
  periods: TPeriod[]; // the organisation's, oldest first
  byPeriod: Map<string, TKgByPost>; // kg by post (GHG key), validated, location-based
  basePeriodId: string | null; // the organisation's base year
  latestWithDataId: string | null;
  targets: {
    name: string;
    kind: "ABSOLUTE" | "INTENSITY_REVENUE" | "INTENSITY_EMPLOYEE";
    preset: "SBTI_1_5" | "SBTI_WB2" | "CUSTOM_PATH" | "CUSTOM";
    basePeriod: { year: number };
    targetYear: number;
    reductionPct: number;
    posts: string[];
    series: { year: number; actual: number | null; target: number | null; projected: number | null }[];
    gap: { year: number; allowed: number; projected: number; gap: number; gapPct: number | null } | null;
  }[];
  actions: {
    title: string;
    type: "REDUCTION" | "AVOIDED";
    status: "IDEA" | "PLANNED" | "IN_PROGRESS" | "DONE" | "ABANDONED";
    posts: string[];
    expectedKg: number | null;
    progressPct: number;
  }[];
  contributions: {
    name: string;
    kind: "AVOIDANCE" | "REMOVAL";
    standard: string | null;
    registry: string | null;
    vintage: number;
    tonnes: number;
    pricePerTonneEur: number;
  }[];
  sources: { source: string; kg: number }[]; // kg by factor source over the chosen periods
};

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const sum = (values: number[]) => round6(values.reduce((s, v) => s + v, 0));

function periodTotals(period: TPeriod, byPost: TKgByPost) {
  const kgOf = (keys: readonly string[]) => sum(keys.map((k) => byPost[k] ?? 0));
  return {
    label: period.label,
    year: period.year,
    kg: kgOf(POST_KEYS),
    scopes: {
      scope1: kgOf(["scope1"]),
      scope2: kgOf(["scope2"]),
      scope3: kgOf(POST_KEYS.filter((k) => k.startsWith("3."))),
    },
    // In the reporting layer's order (scope 1, scope 2, categories 1–15); empty posts left out.
    posts: POST_KEYS.filter((k) => (byPost[k] ?? 0) !== 0).map((key) => ({ key, kg: round6(byPost[key]!) })),
  };
}

function baseYearComparison(inputs: TSnapshotInputs): TSnapshot["baseYear"] {
  const base = inputs.periods.find((p) => p.id === inputs.basePeriodId);
  const latest = inputs.periods.find((p) => p.id === inputs.latestWithDataId);
  if (!base || !latest || base.id === latest.id) return null;
  const figure = (p: TPeriod) => ({
    label: p.label,
    year: p.year,
    kg: periodTotals(p, inputs.byPeriod.get(p.id) ?? {}).kg,
  });
  const [from, to] = [figure(base), figure(latest)];
  return { base: from, latest: to, changePct: from.kg > 0 ? round6(((to.kg - from.kg) / from.kg) * 100) : null };
}

export function buildSnapshot(inputs: TSnapshotInputs): TSnapshot {
  const { sections } = inputs;
  const chosen = inputs.periods.filter((p) => sections.periodIds.includes(p.id));
  const snapshot: TSnapshot = {
    version: 1,
    organizationName: inputs.organizationName,
    takenAt: inputs.takenAt.toISOString(),
    basis: { statuses: "validated", scope2: "location" },
    totals: sections.totals ? chosen.map((p) => periodTotals(p, inputs.byPeriod.get(p.id) ?? {})) : null,
    baseYear: sections.baseYear ? baseYearComparison(inputs) : null,
    targets: sections.targets
      ? inputs.targets.map((t) => ({
          name: t.name,
          kind: t.kind,
          preset: t.preset,
          baseYear: t.basePeriod.year,
          targetYear: t.targetYear,
          reductionPct: t.reductionPct,
          posts: [...t.posts],
          series: t.series.map((p) => ({ year: p.year, actual: p.actual, target: p.target, projected: p.projected })),
          gap: t.gap
            ? {
                year: t.gap.year,
                allowed: t.gap.allowed,
                projected: t.gap.projected,
                gap: t.gap.gap,
                gapPct: t.gap.gapPct,
              }
            : null,
        }))
      : null,
    actions: sections.actions
      ? inputs.actions.map((a) => ({
          title: a.title,
          type: a.type,
          status: a.status,
          posts: [...a.posts],
          expectedKg: a.expectedKg === null ? null : round6(a.expectedKg),
          progressPct: a.progressPct,
        }))
      : null,
    methodology: sections.methodology
      ? { sources: inputs.sources.filter((s) => s.kg !== 0).toSorted((a, b) => b.kg - a.kg) }
      : null,
    contributions: sections.contributions ? contributionsPart(inputs.contributions) : null,
  };
  return ZSnapshot.parse(snapshot);
}

// Tonnes only: what was funded, not what it cost (prices stay internal).
function contributionsPart(rows: TSnapshotInputs["contributions"]): TSnapshot["contributions"] {
  const totals = contributionTotals(rows);
  return {
    projects: rows.map((c) => ({
      name: c.name,
      kind: c.kind,
      standard: c.standard,
      registry: c.registry,
      vintage: c.vintage,
      tonnes: c.tonnes,
    })),
    totals: {
      avoidance: { tonnes: totals.avoidance.tonnes },
      removal: { tonnes: totals.removal.tonnes },
      all: { tonnes: totals.all.tonnes },
    },
  };
}
