import type { TFactorIndex } from "@/lib/calc";
import { evaluateModel, type TModelEvaluation } from "@/lib/products/digital/evaluate";
import { DIGITAL_METHODS, type TDigitalMethod, type TDigitalModel } from "@/lib/products/digital/schemas";

// "What if" variants of a product's model, for eco-design planning: each is the same model with one input
// changed, run through the same pure functions and engine, in memory. Nothing is written.

export const SCENARIOS = ["base", "bytesMinus30", "mobileTimes2", "screenTimeMinus30"] as const;
export type TScenario = (typeof SCENARIOS)[number];

const scale = (m: TDigitalModel, minutesFactor: number): TDigitalModel["devices"] => ({
  smartphone: { minutes: m.devices.smartphone.minutes * minutesFactor },
  tablet: { ...m.devices.tablet, minutes: m.devices.tablet.minutes * minutesFactor },
  laptop: { ...m.devices.laptop, minutes: m.devices.laptop.minutes * minutesFactor },
  desktop: { ...m.devices.desktop, minutes: m.devices.desktop.minutes * minutesFactor },
});

export function scenarioModel(m: TDigitalModel, scenario: TScenario): TDigitalModel {
  switch (scenario) {
    case "base":
      return m;
    case "bytesMinus30":
      return { ...m, mbUpPerRequest: m.mbUpPerRequest * 0.7, mbDownPerRequest: m.mbDownPerRequest * 0.7 };
    case "mobileTimes2":
      return { ...m, mobileSharePct: Math.min(100, m.mobileSharePct * 2) };
    case "screenTimeMinus30":
      return { ...m, devices: scale(m, 0.7) };
  }
}

export type TScenarioResult = TModelEvaluation & {
  scenario: TScenario;
  gPerRequest: number | null;
  changeShare: number | null;
};

const perRequest = (m: TDigitalModel, kg: number) =>
  m.monthlyRequests > 0 ? (kg * 1000) / (m.monthlyRequests * 12) : null;

export function sensitivity(m: TDigitalModel, index: TFactorIndex, year: number): TScenarioResult[] {
  const base = evaluateModel(m, index, year);
  return SCENARIOS.map((scenario) => {
    const variant = scenarioModel(m, scenario);
    const result = scenario === "base" ? base : evaluateModel(variant, index, year);
    return {
      ...result,
      scenario,
      gPerRequest: perRequest(variant, result.kgCO2e),
      changeShare: base.kgCO2e > 0 ? result.kgCO2e / base.kgCO2e - 1 : null,
    };
  });
}

/** The same inputs under both methods, side by side (the booked one is `m.method`). */
export function compareMethods(m: TDigitalModel, index: TFactorIndex, year: number) {
  return DIGITAL_METHODS.map((method: TDigitalMethod) => {
    const result = evaluateModel({ ...m, method }, index, year);
    return { method, ...result, gPerRequest: perRequest(m, result.kgCO2e) };
  });
}
