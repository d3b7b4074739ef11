import { z } from "zod";
import { BoaviztaParseError } from "./errors";
import type { TBoaviztaImpact, TBoaviztaPhase, TBoaviztaResource } from "./model";
import { exactNumber } from "./numbers";
import { BOAVIZTA_CRITERIA, criterionKey, isCriterion, normaliseUnit } from "./units";
import { readVerboseFacts } from "./api-verbose";

// One BoaviztAPI response, any version (boavizta-formats.md §1.4), told apart by its keys alone:
//  v1.x–v2.x     {"impacts": {crit: {unit, description, embedded, use}}, ["verbose"], ["warnings"]}, phases {value,min,max,[warnings]}
//  v0.3–1.0.0a5  criteria at the root (or under "impacts" when verbose), phases carry significant_figures
//  v0.x          criteria at the root, {manufacture: number, use: number, unit}: manufacture is the lifecycle total
// Only the top-level impacts are read: verbose components are never summed (they are whole-host figures
// before v1.2 and do not add up to the total after).

export type TApiVersion = "v0.x" | "v0.3-v1.0.0a5" | "v1.x-v2.x";

const NOT_IMPLEMENTED = z.literal("not implemented");
const ZWarnings = z.array(z.string()).optional();

const ZPhaseV1 = z.union([
  NOT_IMPLEMENTED,
  z.strictObject({ value: z.number(), min: z.number().optional(), max: z.number().optional(), warnings: ZWarnings }),
]);
const ZPhaseV03 = z.union([
  NOT_IMPLEMENTED,
  z.strictObject({
    value: z.number(),
    significant_figures: z.number().int().positive(),
    min: z.number().optional(),
    max: z.number().optional(),
    warnings: ZWarnings,
  }),
]);
const criterionOf = <P extends z.ZodType>(phase: P) =>
  z.strictObject({
    unit: z.string(),
    description: z.string().optional(),
    embedded: phase.optional(),
    use: phase.optional(),
  });
const ZCriterionV0 = z.strictObject({
  unit: z.string(),
  manufacture: z.union([z.number(), NOT_IMPLEMENTED]),
  use: z.union([z.number(), NOT_IMPLEMENTED]),
});

const criteriaMap = <C extends z.ZodType>(criterion: C) =>
  z.record(z.string().refine(isCriterion), criterion).refine((m) => Object.keys(m).length > 0);

const SHAPES = [
  { version: "v1.x-v2.x", schema: criteriaMap(criterionOf(ZPhaseV1)) },
  { version: "v0.3-v1.0.0a5", schema: criteriaMap(criterionOf(ZPhaseV03)) },
  { version: "v0.x", schema: criteriaMap(ZCriterionV0) },
] as const;

const ZEnvelope = z.strictObject({
  impacts: z.record(z.string(), z.unknown()),
  verbose: z.record(z.string(), z.unknown()).optional(),
  warnings: z.array(z.string()).optional(),
});

export type TApiReading = {
  version: TApiVersion;
  verbose: boolean;
  resource: Omit<TBoaviztaResource, "name">;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** True when the JSON value has the keys of a BoaviztAPI response (any version), before checking its figures. */
export function looksLikeApiResponse(json: unknown): boolean {
  if (!isObject(json)) return false;
  const keys = Object.keys(json);
  if (keys.length === 0) return false;
  if (isObject(json.impacts)) return keys.every((k) => k === "impacts" || k === "verbose" || k === "warnings");
  return keys.every(isCriterion);
}

/** Reads one response; `where` names it in errors (file, line or resource). Throws BoaviztaParseError. */
export function readApiResponse(json: unknown, where: string): TApiReading {
  const envelope = ZEnvelope.safeParse(json);
  const criteria = envelope.success ? envelope.data.impacts : json;
  for (const shape of SHAPES) {
    const parsed = shape.schema.safeParse(criteria);
    if (!parsed.success) continue;
    // A wrapped v0.x/v0.3 response is a verbose one (the wrapper came with v1.0.0 for every response).
    if (shape.version === "v1.x-v2.x" && !envelope.success) break;
    const impacts = Object.entries(parsed.data as Record<string, unknown>).flatMap(([key, c]) =>
      shape.version === "v0.x"
        ? readV0Criterion(key, c as z.infer<typeof ZCriterionV0>, where)
        : readCriterion(key, c as z.infer<ReturnType<typeof criterionOf<typeof ZPhaseV03>>>, where),
    );
    const verbose = envelope.success ? (envelope.data.verbose ?? null) : null;
    const facts = readVerboseFacts(verbose, where);
    const notes: TBoaviztaResource["notes"] = [];
    let allocation: TBoaviztaResource["allocation"] = facts.allocation;
    if (shape.version === "v0.x") {
      allocation = "unallocated"; // API v0.x: manufacture is the whole lifecycle (allocation=TOTAL by default)
      notes.push("embeddedUnallocated");
    } else if (allocation === "unknown") notes.push("allocationUnknown");
    if (facts.durationHours === null) notes.push("durationUnknown");
    if (facts.defaultLocation) notes.push("defaultLocation");
    return {
      version: shape.version,
      verbose: verbose !== null,
      resource: {
        kind: facts.kind,
        assessed: impacts.some((i) => i.status === "value"),
        provider: null,
        type: null,
        region: null,
        location: facts.location,
        electricityFactor: facts.electricityFactor,
        durationHours: facts.durationHours,
        lifetimeHours: facts.lifetimeHours,
        allocation,
        state: null,
        tags: {},
        impacts,
        warnings: envelope.success ? (envelope.data.warnings ?? []) : [],
        notes,
        extra: {},
      },
    };
  }
  throw new BoaviztaParseError("boaviztaUnknownShape", { where });
}

type TPhaseIn =
  "not implemented" | { value: number; min?: number; max?: number; warnings?: string[]; significant_figures?: number };

function readCriterion(
  key: string,
  c: { unit: string; embedded?: TPhaseIn; use?: TPhaseIn },
  where: string,
): TBoaviztaImpact[] {
  const out: TBoaviztaImpact[] = [];
  for (const phase of ["embedded", "use"] as const) {
    const p = c[phase];
    if (p === undefined) continue; // absent is absent (e.g. fe has no embedded): never a zero
    out.push(phaseImpact(key, phase, c.unit, p, `${where} ${key}.${phase}`));
  }
  return out;
}

function phaseImpact(key: string, phase: TBoaviztaPhase, unit: string, p: TPhaseIn, where: string): TBoaviztaImpact {
  const base = {
    criterion: criterionKey(key),
    phase,
    unit: normaliseUnit(unit || (BOAVIZTA_CRITERIA[criterionKey(key)] ?? key)),
  };
  if (p === "not implemented") {
    return {
      ...base,
      status: "not_implemented",
      value: null,
      min: null,
      max: null,
      significantFigures: null,
      warnings: [],
    };
  }
  return {
    ...base,
    status: "value",
    value: exactNumber(p.value, where),
    min: p.min === undefined ? null : exactNumber(p.min, where),
    max: p.max === undefined ? null : exactNumber(p.max, where),
    significantFigures: p.significant_figures ?? null,
    warnings: p.warnings ?? [],
  };
}

function readV0Criterion(key: string, c: z.infer<typeof ZCriterionV0>, where: string): TBoaviztaImpact[] {
  const phase = (name: TBoaviztaPhase, v: number | "not implemented") =>
    phaseImpact(key, name, c.unit, v === "not implemented" ? v : { value: v }, `${where} ${key}.${name}`);
  return [phase("embedded", c.manufacture), phase("use", c.use)];
}
