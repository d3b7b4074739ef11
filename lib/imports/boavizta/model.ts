import { z } from "zod";

// The one normalised shape every Boavizta format is read into: resources × criterion × phase, the figures
// exactly as the tool printed them (decimal text), never recomputed. What a file does not say stays null.

export const BOAVIZTA_PHASES = ["embedded", "use", "lifecycle"] as const;
export type TBoaviztaPhase = (typeof BOAVIZTA_PHASES)[number];

/** Whether the embedded figures are already a share of the lifecycle for the period covered. */
export const BOAVIZTA_ALLOCATIONS = ["allocated", "unallocated", "unknown"] as const;
export type TBoaviztaAllocation = (typeof BOAVIZTA_ALLOCATIONS)[number];

export const BOAVIZTA_TOOLS = ["boaviztapi", "cloud-scanner", "boagent", "environmental-footprint-data"] as const;
export const BOAVIZTA_FORMATS = [
  "boaviztapi-json",
  "boaviztapi-batch",
  "cloud-scanner-json",
  "cloud-scanner-prometheus",
  "boagent-query",
  "footprint-csv",
] as const;

export const BOAVIZTA_RESOURCE_KINDS = [
  "server",
  "cloud_instance",
  "component",
  "block_storage",
  "object_storage",
  "hardware_model",
  "unknown",
] as const;

/** What the importer tells the user about a resource (keys under imports.boavizta.notes. in messages/*.json). */
export const BOAVIZTA_NOTES = [
  "notAssessed", // the tool gave no figures: listed, never counted as 0
  "embeddedUnallocated", // embedded is the whole lifecycle total (v0.x manufacture, old cloud-scanner, boagent)
  "allocationUnknown", // the file does not say whether embedded covers the period or the lifecycle
  "durationUnknown", // the file does not say which period use covers (non-verbose BoaviztAPI)
  "defaultLocation", // the European average mix was used for lack of a location
  "storageUseNotCounted", // cloud-scanner prints 0 for block storage use: kept as "not implemented"
  "rawDataDiffers", // cloud-scanner's flat figure differs from its raw API output: the flat one is kept
  "ratiosDoNotAddUp", // manufacturer CSV: use + manufacturing ratios ≠ 1
  "manufacturingRatioMissing", // manufacturer CSV: embedded cannot be split out of the total
] as const;

const ZDecimalText = z.string().regex(/^\d+(\.\d+)?$/); // non-negative, plain notation

export const ZBoaviztaImpact = z.object({
  criterion: z.string().min(1), // lower case: gwp, adp, pe, ctuh_c…
  phase: z.enum(BOAVIZTA_PHASES),
  // "not_implemented": the tool said it has no figure ("not implemented", or storage use that cloud-scanner
  // prints as 0 by convention). Never a zero.
  status: z.enum(["value", "not_implemented"]),
  value: ZDecimalText.nullable(),
  min: ZDecimalText.nullable(),
  max: ZDecimalText.nullable(),
  unit: z.string().min(1),
  significantFigures: z.number().int().positive().nullable(),
  warnings: z.array(z.string()),
});
export type TBoaviztaImpact = z.infer<typeof ZBoaviztaImpact>;

export const ZBoaviztaResource = z.object({
  name: z.string().min(1),
  kind: z.enum(BOAVIZTA_RESOURCE_KINDS),
  // false: the tool could not assess it (unknown instance type, null or empty impacts). Never counted as 0.
  assessed: z.boolean(),
  provider: z.string().nullable(),
  type: z.string().nullable(), // instance type, storage type, component, or manufacturer model
  region: z.string().nullable(),
  location: z.string().nullable(), // BoaviztAPI usage_location trigram (FRA, IRL, EEE…) or the CSV's use_location
  electricityFactor: z.object({ value: ZDecimalText, unit: z.string() }).nullable(),
  durationHours: ZDecimalText.nullable(), // the period the figures cover; null = the file does not say
  lifetimeHours: ZDecimalText.nullable(),
  allocation: z.enum(BOAVIZTA_ALLOCATIONS),
  state: z.string().nullable(), // running / stopped for cloud-scanner instances
  tags: z.record(z.string(), z.string()),
  impacts: z.array(ZBoaviztaImpact),
  warnings: z.array(z.string()), // the tool's own warning texts, as printed
  notes: z.array(z.enum(BOAVIZTA_NOTES)), // what the importer found (message keys under imports.boavizta.notes.)
  extra: z.record(z.string(), z.string()), // format-specific facts kept as text (CSV ratios, boagent power…)
});
export type TBoaviztaResource = z.infer<typeof ZBoaviztaResource>;

export const ZBoaviztaImport = z.object({
  tool: z.enum(BOAVIZTA_TOOLS),
  format: z.enum(BOAVIZTA_FORMATS),
  formatVersion: z.string(), // which historical shape was read (e.g. "v1.x-v2.x", "3.2+")
  toolVersion: z.string().nullable(), // printed by the tool (cloud-scanner metadata / labels)
  apiVersion: z.string().nullable(), // BoaviztAPI version, printed or inferred from the shape
  verbose: z.boolean(),
  resources: z.array(ZBoaviztaResource),
  warnings: z.array(z.string()),
});
export type TBoaviztaImport = z.infer<typeof ZBoaviztaImport>;

/** A resource with every optional fact unknown, for parsers to fill. */
export function emptyResource(name: string, kind: TBoaviztaResource["kind"]): TBoaviztaResource {
  return {
    name,
    kind,
    assessed: true,
    provider: null,
    type: null,
    region: null,
    location: null,
    electricityFactor: null,
    durationHours: null,
    lifetimeHours: null,
    allocation: "unknown",
    state: null,
    tags: {},
    impacts: [],
    warnings: [],
    notes: [],
    extra: {},
  };
}
