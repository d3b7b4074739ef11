import { CalcError } from "@/lib/calc/errors";
import type { TCandidateComponent, TExpandedCandidate, TIndexedFactor } from "@/lib/calc/factor-index";
import type { TClassification, TStageExclusionReason, TStageProfile } from "@/lib/calc/mapping-schemas";
import type { TLineFlag, TResolution } from "@/lib/calc/types";
import type { TConversion, TUnit } from "@/lib/calc/units";

// What a resolved factor turns into, computed once per resolution and reused for every activity that
// resolves the same way: the lines' classification, stage shares, gas shares and flags. Per activity
// the engine then only multiplies the quantity by precomputed numbers.

// One future emission line. A class rather than object literals: every template shares one hidden class,
// so the per-activity loop reads its fields through monomorphic inline caches.
class LineTemplate {
  readonly scope: TClassification["scope"];
  readonly ghgCategory: number | null;
  readonly begesPoste: string;
  readonly stage: TIndexedFactor["stages"][number]["stage"] | null;
  readonly share: number; // stage value / sum of stage values: splits the element total pro rata
  readonly last: boolean; // last line of its component takes the remainder, so lines add up to the total
  readonly co2f: number | null; // per factor unit: element gas × share
  readonly ch4f: number | null;
  readonly ch4b: number | null;
  readonly n2o: number | null;
  readonly other: number | null;
  readonly co2b: number | null;
  readonly scope2Share: number; // share of the plan's location-based scope-2 value this line carries
  readonly flags: readonly TLineFlag[];

  constructor(
    draft: TDraftTemplate,
    factor: TIndexedFactor,
    last: boolean,
    scope2Share: number,
    flags: readonly TLineFlag[],
  ) {
    const gas = (perUnit: number | null | undefined) => (perUnit == null ? null : perUnit * draft.share);
    this.scope = draft.classification.scope;
    this.ghgCategory = draft.classification.ghgCategory;
    this.begesPoste = draft.classification.begesPoste;
    this.stage = draft.stage;
    this.share = draft.share;
    this.last = last;
    this.co2f = gas(factor.gases?.co2f);
    this.ch4f = gas(factor.gases?.ch4f);
    this.ch4b = gas(factor.gases?.ch4b);
    this.n2o = gas(factor.gases?.n2o);
    this.other = gas(factor.gases?.other);
    this.co2b = gas(factor.gases?.co2b);
    this.scope2Share = scope2Share;
    this.flags = flags;
  }
}

export type TLineTemplate = LineTemplate;

export interface TPlanExclusion {
  readonly stage: NonNullable<TLineTemplate["stage"]>;
  readonly share: number;
  readonly reason: TStageExclusionReason;
}

export interface TPlanComponent {
  readonly factor: TIndexedFactor;
  readonly templates: readonly TLineTemplate[];
  readonly bookedShare: number; // 1, or the share of the stages the profile books (the lines add up to it)
  readonly excluded: readonly TPlanExclusion[];
}

export interface TLinePlan {
  readonly resolution: TResolution;
  readonly unit: TUnit; // the factor unit every component shares
  readonly components: readonly TPlanComponent[];
  readonly hasScope2: boolean;
  readonly contrailsIncluded: boolean | null;
  readonly conversions: Map<string, TConversion>; // input unit → factor unit, filled on first use
}

interface TDraftTemplate {
  readonly stage: TLineTemplate["stage"];
  readonly classification: TClassification;
  readonly share: number;
  readonly flags: TLineFlag[];
}

type TSplit = { templates: TDraftTemplate[]; excluded: TPlanExclusion[] };

function splitComponent(component: TCandidateComponent, profile: TStageProfile, typeId: string): TSplit {
  const { factor } = component;
  const stageSum = factor.stages.reduce((sum, s) => sum + s.value, 0);
  if (factor.stages.length === 0 || stageSum === 0) {
    // Nothing to split: the whole value is booked (exclusions need stage rows to be measured).
    const stage = component.stage;
    const classification = stage === null ? profile.undecomposed : profile.stages[stage];
    if (!classification) throw unmapped(typeId, factor, stage);
    return {
      templates: [{ stage, classification, share: 1, flags: stage === null ? ["not-decomposed"] : [] }],
      excluded: [],
    };
  }
  const split: TSplit = { templates: [], excluded: [] };
  for (const s of factor.stages) {
    const share = s.value / stageSum;
    const reason = profile.excluded?.[s.stage];
    if (reason !== undefined) {
      split.excluded.push({ stage: s.stage, share, reason });
      continue;
    }
    const classification = profile.stages[s.stage];
    if (!classification) throw unmapped(typeId, factor, s.stage);
    split.templates.push({ stage: s.stage, classification, share, flags: [] });
  }
  if (split.templates.length === 0)
    throw new CalcError("INVALID_MAPPING", `${typeId}: every stage of ${factor.id} is excluded by its profile`);
  return split;
}

function unmapped(typeId: string, factor: TIndexedFactor, stage: string | null): CalcError {
  return new CalcError("UNMAPPED_STAGE", `${typeId}: stage ${stage} of ${factor.id} has no scope in its profile`, {
    typeId,
    factorId: factor.id,
    stage,
  });
}

function sharedFlags(factor: TIndexedFactor, candidate: TExpandedCandidate, resolution: TResolution): TLineFlag[] {
  const { rule } = resolution;
  const flags: TLineFlag[] = [...candidate.flags];
  if (factor.uncertaintyPct === null) flags.push("factor-uncertainty-unknown");
  if (rule.includes("ratio-year-fallback")) flags.push("ratio-year-fallback");
  if (rule.startsWith("region-fallback")) flags.push("region-fallback");
  if (rule === "selected") flags.push("selected-factor");
  if (factor.custom) flags.push("custom-factor");
  if (factor.status === "review") flags.push("factor-under-review");
  if (factor.status === "archived") flags.push("factor-archived");
  const method = resolution.variant.capitalGoodsMethod;
  if (method !== undefined) flags.push(method === "whole" ? "capital-goods-whole" : "capital-goods-amortised");
  return flags;
}

export function buildLinePlan(
  candidate: TExpandedCandidate,
  profile: TStageProfile,
  resolution: TResolution,
): TLinePlan {
  const unit = candidate.components[0]?.factor.unit as TUnit;
  const drafts = candidate.components.map((component) => {
    if (component.factor.unit !== unit) {
      throw new CalcError(
        "INVALID_MAPPING",
        `${resolution.activityTypeId}: ${component.factor.id} is per ${component.factor.unit}, not ${unit}`,
      );
    }
    return { component, ...splitComponent(component, profile, resolution.activityTypeId) };
  });
  // Location-based scope-2 value per factor unit, to split a market-based figure over the scope-2 lines.
  let scope2PerUnit = 0;
  let scope2Lines = 0;
  for (const { component, templates } of drafts) {
    for (const t of templates) {
      if (t.classification.scope !== 2) continue;
      scope2PerUnit += component.factor.value * t.share;
      scope2Lines += 1;
    }
  }
  const components = drafts.map(({ component, templates, excluded }): TPlanComponent => {
    const { factor } = component;
    const common = sharedFlags(factor, candidate, resolution);
    if (excluded.length > 0) common.push("stages-excluded");
    return {
      factor,
      excluded,
      bookedShare: excluded.length === 0 ? 1 : templates.reduce((sum, t) => sum + t.share, 0),
      templates: templates.map((t, i) => {
        const scope2Share =
          t.classification.scope !== 2
            ? 0
            : scope2PerUnit !== 0
              ? (factor.value * t.share) / scope2PerUnit
              : 1 / scope2Lines;
        return new LineTemplate(
          t,
          factor,
          i === templates.length - 1,
          scope2Share,
          Object.freeze([...common, ...t.flags]),
        );
      }),
    };
  });
  return {
    resolution,
    unit,
    components,
    hasScope2: scope2Lines > 0,
    contrailsIncluded: resolution.variant.contrails ?? null,
    conversions: new Map(),
  };
}
