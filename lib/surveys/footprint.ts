import { computeActivities, DEFAULT_CALC_SETTINGS, type TActivityInput, type TFactorIndex } from "@/lib/calc";
import { CalcError } from "@/lib/calc";
import { commuteActivities, digitalActivities, type TSurveyContext } from "@/lib/surveys/activities";
import type { TSurveyAnswer } from "@/lib/surveys/schemas";

// One respondent's annual footprint through the engine, with the factors used, for their feedback.

export type TFootprintItem = {
  activityTypeId: string;
  quantity: number; // in the activity's unit (km, hour, email, GB.year)
  unit: string;
  kgCO2e: number;
  factorId: string;
  factorValue: number; // kgCO2e per factor unit, the element's published total
  factorUnit: string;
};

export type TFootprint = { commuteKg: number; digitalKg: number; items: TFootprintItem[] };

function itemsOf(activities: TActivityInput[], index: TFactorIndex): TFootprintItem[] {
  return computeActivities(activities, index, DEFAULT_CALC_SETTINGS).map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    const lines = outcome.result.lines;
    const main = lines[0];
    if (!main) throw new CalcError("NO_FACTOR", `no line for ${outcome.activity.activityTypeId}`, {});
    return {
      activityTypeId: outcome.activity.activityTypeId,
      quantity: outcome.activity.quantity,
      unit: outcome.activity.unit,
      kgCO2e: lines.reduce((sum, l) => sum + l.kgCO2e, 0),
      factorId: main.factorId,
      factorValue: main.factorValue,
      factorUnit: main.factorUnit,
    };
  });
}

const sum = (items: readonly TFootprintItem[]) => items.reduce((s, i) => s + i.kgCO2e, 0);

export function respondentFootprint(answer: TSurveyAnswer, ctx: TSurveyContext, index: TFactorIndex): TFootprint {
  const commute = itemsOf(commuteActivities(answer, ctx), index);
  const digital = itemsOf(digitalActivities(answer, ctx), index);
  return { commuteKg: sum(commute), digitalKg: sum(digital), items: [...commute, ...digital] };
}
