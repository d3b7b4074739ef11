import { Decimal, sumDecimals } from "@/lib/numbers/decimal";
import type { TActivityBulkRowInput } from "@/lib/activity/schemas";
import type { TParsedImport } from "@/lib/imports/types";
import { usageOf, type TBoaviztaChoices } from "./choices";
import type { TBoaviztaImpact, TBoaviztaImport, TBoaviztaResource } from "./model";
import { boaviztaTotals } from "./totals";

// Parsed Boavizta resources → activity rows for the one import pipeline. Each assessed resource's GWP
// becomes one row per phase, in kgCO2e, on the tool-assessed types the engine classifies
// (lib/calc README, "Tool-assessed footprints"); ADP, PE and the other criteria are kept as results
// (results.ts), never as emissions. Not-assessed resources and "not implemented" phases make no row.

export const ASSESSED_TYPES = {
  cloud: { embedded: "digital.hosting.cloud_assessed", use: "digital.hosting.cloud_assessed" },
  owned: { embedded: "equipment.server_assessed", use: "digital.hosting.owned_assessed" },
} as const;
const HOURS_PER_YEAR = 8760;
const MAX_UNCERTAINTY_PCT = 1000; // the activity schema's bound
const QUANTITY_PLACES = 12; // the activity schema's decimals (lib/activity/schemas.ts DECIMAL)
/** Phase names in the labels of the rows, in the language of the import (stored with the data). */
export const PHASE_LABELS = {
  fr: { embedded: "fabrication", use: "usage", estimate: "estimation" },
  en: { embedded: "embedded", use: "use", estimate: "estimate" },
} as const;

/** One GWP figure turned into an activity row: the resource and impact it came from. */
export type TBoaviztaRowSource = { row: number; resource: number; phase: "embedded" | "use" };

/**
 * The tool's figure as an activity quantity: at most the schema's 12 decimals (float noise such as
 * 0.0048000000000000004 → 0.0048; far below the lines' micro-kilogram precision). The exact figure stays
 * in the stored results.
 */
export const quantityOf = (value: string) =>
  new Decimal(value).toDecimalPlaces(QUANTITY_PLACES, Decimal.ROUND_HALF_UP).toFixed();

/** Relative uncertainty (%) of a value from the tool's min/max: the wider side, capped at the schema's bound. */
export function uncertaintyFromRange(impact: Pick<TBoaviztaImpact, "value" | "min" | "max">): string | null {
  if (impact.value === null || impact.min === null || impact.max === null) return null;
  const value = new Decimal(impact.value);
  if (value.isZero()) return null;
  const spread = Decimal.max(value.minus(impact.min).abs(), new Decimal(impact.max).minus(value).abs());
  const pct = spread.div(value).times(100);
  return Decimal.min(pct, MAX_UNCERTAINTY_PCT).toDecimalPlaces(4).toFixed();
}

/** Years an owned resource's embedded figure is amortised over (estimate.ts books estimates the same way). */
export function lifetimeYears(
  resource: { allocation: string; lifetimeHours: string | null },
  choices: Pick<TBoaviztaChoices, "lifetimeYears" | "embedded">,
): number {
  // Already the period's share, or booked whole by choice: in this period whatever the method (a lifetime
  // of one year keeps the amortised method from dividing it again — never allocated twice).
  if (resource.allocation === "allocated" || choices.embedded === "whole") return 1;
  if (resource.lifetimeHours !== null) return Math.min(50, Number(resource.lifetimeHours) / HOURS_PER_YEAR);
  return choices.lifetimeYears;
}

function description(data: TBoaviztaImport, r: TBoaviztaResource, impact: TBoaviztaImpact, choices: TBoaviztaChoices) {
  const covered = r.durationHours ?? (choices.coveredHours === null ? "?" : `${choices.coveredHours} (stated)`);
  const facts = [
    `${data.tool} ${data.format} ${data.formatVersion}${data.apiVersion ? ` (API ${data.apiVersion})` : ""}`,
    `allocation ${r.allocation}, covers ${covered} h`,
    impact.min !== null && impact.max !== null ? `min ${impact.min}, max ${impact.max} kgCO2e` : null,
    r.location ? `location ${r.location}` : null,
    r.electricityFactor ? `factor ${r.electricityFactor.value} ${r.electricityFactor.unit}` : null,
    impact.phase === "use" && choices.pue !== null ? `PUE uplift ${choices.pue}` : null,
    impact.phase === "embedded" && choices.embedded === "whole" ? "manufacturing booked whole in this period" : null,
    ...impact.warnings,
    ...r.warnings,
  ];
  return facts.filter(Boolean).join(" · ").slice(0, 2000);
}

export function boaviztaRows(
  data: TBoaviztaImport,
  choices: TBoaviztaChoices,
  ctx: { periodId: string; locale: "fr" | "en" },
): { parsed: TParsedImport; sources: TBoaviztaRowSource[] } {
  const rows: TParsedImport["rows"] = [];
  const sources: TBoaviztaRowSource[] = [];
  data.resources.forEach((r, index) => {
    if (!r.assessed) return;
    const usage = usageOf(r, choices);
    for (const impact of r.impacts) {
      if (impact.criterion !== "gwp" || impact.status !== "value" || impact.value === null) continue;
      if (impact.phase !== "embedded" && impact.phase !== "use") continue;
      const row = rows.length + 1;
      const options: TActivityBulkRowInput["options"] =
        impact.phase === "use"
          ? choices.pue === null
            ? {}
            : { pue: choices.pue }
          : usage === "owned"
            ? { lifetimeYears: lifetimeYears(r, choices) }
            : {};
      rows.push({
        row,
        input: {
          periodId: ctx.periodId,
          activityTypeId: ASSESSED_TYPES[usage][impact.phase],
          quantity: quantityOf(impact.value),
          unit: "kgCO2e",
          uncertaintyPct: uncertaintyFromRange(impact),
          dataQuality: "calculated",
          options,
          label: `${r.name.slice(0, 170)} (${PHASE_LABELS[ctx.locale][impact.phase]})`,
          description: description(data, r, impact, choices),
        },
      });
      sources.push({ row, resource: index, phase: impact.phase });
    }
  });
  return {
    parsed: {
      format: "boavizta",
      template: null,
      language: ctx.locale,
      rows,
      errors: [],
      totals: importTotals(data, choices),
    },
    sources,
  };
}

/** What the preview shows besides kgCO2e: the tool, counts, every criterion × phase, the answers. */
function importTotals(data: TBoaviztaImport, choices: TBoaviztaChoices): Record<string, string> {
  const t = boaviztaTotals(data);
  const figures = Object.entries(t.impacts).flatMap(([criterion, phases]) =>
    Object.entries(phases).map(([phase, v]) => [`${criterion}.${phase}`, `${v.value} ${v.unit}`] as const),
  );
  return {
    tool: data.tool,
    toolFormat: data.format,
    toolFormatVersion: data.formatVersion,
    ...(data.toolVersion === null ? {} : { toolVersion: data.toolVersion }),
    ...(data.apiVersion === null ? {} : { apiVersion: data.apiVersion }),
    resources: String(t.resources),
    resourcesAssessed: String(t.assessed),
    resourcesNotAssessed: String(t.notAssessed),
    gwpKg: sumDecimals(
      figures.filter(([k]) => k === "gwp.embedded" || k === "gwp.use").map(([, v]) => v.split(" ")[0] as string),
    ),
    ...Object.fromEntries(figures),
    choices: JSON.stringify(choices),
  };
}
