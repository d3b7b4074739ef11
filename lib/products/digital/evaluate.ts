import { computeActivities, type TFactorIndex } from "@/lib/calc";
import { modelActivities, type TModelActivity, type TModelPart } from "@/lib/products/digital/model";
import type { TDigitalModel } from "@/lib/products/digital/schemas";

// Runs a model's activities through the engine in memory (never written): the sensitivity view and the
// side-by-side comparison of the two methods. The stored activities go through the same engine on save.

export type TModelEvaluation = {
  kgCO2e: number;
  byPart: Record<TModelPart, number>;
  // One per activity: the factor the engine chose, to show where each figure comes from.
  activities: (TModelActivity & { kgCO2e: number; factorIds: readonly string[] })[];
  errors: string[]; // activities the engine could not compute (e.g. no factor for a country)
};

export function evaluateModel(model: TDigitalModel, index: TFactorIndex, year: number): TModelEvaluation {
  const activities = modelActivities(model);
  const outcomes = computeActivities(
    activities.map((a) => ({
      activityTypeId: a.activityTypeId,
      quantity: a.quantity,
      unit: a.unit,
      region: a.region,
      year,
    })),
    index,
  );
  const result: TModelEvaluation = { kgCO2e: 0, byPart: { network: 0, devices: 0 }, activities: [], errors: [] };
  for (const [i, outcome] of outcomes.entries()) {
    const activity = activities[i] as TModelActivity;
    if (!outcome.ok) {
      result.errors.push(`${activity.activityTypeId} ${activity.region}: ${outcome.error.message}`);
      continue;
    }
    const kg = outcome.result.lines.reduce((sum, l) => sum + l.kgCO2e, 0);
    result.kgCO2e += kg;
    result.byPart[activity.part] += kg;
    result.activities.push({ ...activity, kgCO2e: kg, factorIds: outcome.result.resolution.factorIds });
  }
  return result;
}
