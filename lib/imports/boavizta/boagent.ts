import { z } from "zod";
import { Decimal } from "@/lib/numbers/decimal";
import { BoaviztaParseError } from "./errors";
import { emptyResource, type TBoaviztaImpact, type TBoaviztaImport } from "./model";
import { exactNumber } from "./numbers";
import { normaliseUnit } from "./units";

// boagent `/query` JSON (boavizta-formats.md §3): use-phase metrics carry the API's phase object
// {value,min,max}; embedded metrics a bare number. boagent allocates embedded to the window only when the
// caller passed both start_time and end_time, which the output does not tell (they are printed either
// way): embedded is imported as given and flagged as the lifecycle total, for the user to allocate.

const ZPhase = z.object({ value: z.number(), min: z.number().optional(), max: z.number().optional() });
const ZMetric = <V extends z.ZodType>(value: V) =>
  z.object({ value, unit: z.string().optional(), description: z.string().optional() });
const ZUse = ZMetric(ZPhase).optional();
const ZEmbedded = ZMetric(z.number()).optional();

const ZBoagent = z.object({
  total_operational_emissions: ZUse,
  total_operational_abiotic_resources_depletion: ZUse,
  total_operational_primary_energy_consumed: ZUse,
  embedded_emissions: ZEmbedded,
  embedded_abiotic_resources_depletion: ZEmbedded,
  embedded_primary_energy: ZEmbedded,
  start_time: ZMetric(z.number()),
  end_time: ZMetric(z.number()),
  average_power_measured: ZMetric(z.number()).optional(),
  electricity_carbon_intensity: ZMetric(z.number()).optional(),
  location_warning: z.object({ warning_message: z.string() }).optional(),
  emissions_calculation_data: z.object({ energy_consumption_warning: z.string().optional() }).optional(),
});

const USE = [
  ["gwp", "total_operational_emissions", "kgCO2eq"],
  ["adp", "total_operational_abiotic_resources_depletion", "kgSbeq"],
  ["pe", "total_operational_primary_energy_consumed", "MJ"],
] as const;
const EMBEDDED = [
  ["gwp", "embedded_emissions", "kgCO2eq"],
  ["adp", "embedded_abiotic_resources_depletion", "kgSbeq"],
  ["pe", "embedded_primary_energy", "MJ"],
] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
export const looksLikeBoagent = (json: unknown): boolean =>
  isObject(json) && ("total_operational_emissions" in json || "embedded_emissions" in json);

export function readBoagent(json: unknown): TBoaviztaImport {
  const parsed = ZBoagent.safeParse(json);
  if (!parsed.success) throw new BoaviztaParseError("boaviztaUnknownShape", { where: "boagent" });
  const d = parsed.data;
  const impacts: TBoaviztaImpact[] = [];
  const push = (criterion: string, phase: "embedded" | "use", unit: string, p: z.infer<typeof ZPhase>) =>
    impacts.push({
      criterion,
      phase,
      status: "value",
      value: exactNumber(p.value, `${criterion}.${phase}`),
      min: p.min === undefined ? null : exactNumber(p.min, `${criterion}.${phase}`),
      max: p.max === undefined ? null : exactNumber(p.max, `${criterion}.${phase}`),
      unit,
      significantFigures: null,
      warnings: [],
    });
  for (const [criterion, key, unit] of EMBEDDED) {
    const m = d[key];
    if (m) push(criterion, "embedded", m.unit ? normaliseUnit(m.unit) : unit, { value: m.value });
  }
  for (const [criterion, key, unit] of USE) {
    const m = d[key];
    if (m) push(criterion, "use", m.unit ? normaliseUnit(m.unit) : unit, m.value);
  }
  const seconds = new Decimal(exactNumber(d.end_time.value, "end_time")).minus(
    exactNumber(d.start_time.value, "start_time"),
  );
  if (seconds.isNegative())
    throw new BoaviztaParseError("boaviztaNegative", { where: "end_time - start_time", value: seconds.toString() });
  const r = emptyResource("boagent", "server");
  r.impacts = impacts;
  r.assessed = impacts.length > 0;
  r.durationHours = seconds.div(3600).toFixed();
  r.allocation = "unallocated";
  r.notes.push("embeddedUnallocated");
  if (d.location_warning) r.notes.push("defaultLocation");
  r.warnings = [d.location_warning?.warning_message, d.emissions_calculation_data?.energy_consumption_warning]
    .filter((w): w is string => !!w)
    .map((w) => w.trim());
  if (d.average_power_measured)
    r.extra.averagePowerW = exactNumber(d.average_power_measured.value, "average_power_measured");
  if (d.electricity_carbon_intensity) {
    r.electricityFactor = {
      value: exactNumber(d.electricity_carbon_intensity.value, "electricity_carbon_intensity"),
      unit: "kgCO2eq/kWh",
    };
  }
  return {
    tool: "boagent",
    format: "boagent-query",
    formatVersion: "0.1-0.2",
    toolVersion: null,
    apiVersion: null,
    verbose: false,
    resources: [r],
    warnings: [],
  };
}
