import { sumDecimals } from "@/lib/numbers/decimal";
import type { TBoaviztaImport, TBoaviztaPhase } from "./model";

// Exact sums per criterion × phase over the assessed resources, and the resource counts: what the preview
// shows and what the sample README's totals are checked against. Only figures the tools gave are added.

export type TBoaviztaTotals = {
  resources: number;
  assessed: number;
  notAssessed: number;
  impacts: Record<string, Partial<Record<TBoaviztaPhase, { value: string; unit: string; resources: number }>>>;
};

export function boaviztaTotals(data: TBoaviztaImport): TBoaviztaTotals {
  const groups = new Map<string, { criterion: string; phase: TBoaviztaPhase; unit: string; values: string[] }>();
  for (const r of data.resources) {
    if (!r.assessed) continue;
    for (const i of r.impacts) {
      if (i.status !== "value" || i.value === null) continue;
      const key = `${i.criterion}|${i.phase}|${i.unit}`;
      const g = groups.get(key) ?? { criterion: i.criterion, phase: i.phase, unit: i.unit, values: [] };
      g.values.push(i.value);
      groups.set(key, g);
    }
  }
  const impacts: TBoaviztaTotals["impacts"] = {};
  for (const g of groups.values()) {
    const byPhase = (impacts[g.criterion] ??= {});
    byPhase[g.phase] = { value: sumDecimals(g.values), unit: g.unit, resources: g.values.length };
  }
  const assessed = data.resources.filter((r) => r.assessed).length;
  return { resources: data.resources.length, assessed, notAssessed: data.resources.length - assessed, impacts };
}
