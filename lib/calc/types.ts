import { z } from "zod";
import { type TFactorRecord, ZFactorRecord } from "@/lib/calc/factor-record";
import {
  CAPITAL_GOODS_METHODS,
  CAR_FUELS,
  FREIGHT_DIRECTIONS,
  GWP_SETS,
  SEAT_CLASSES,
  SPEND_PURPOSES,
  WASTE_TREATMENTS,
  type TCapitalGoodsMethod,
  type TClassification,
  type TFreightDirection,
  type TStageExclusionReason,
  type TVariantWhen,
  ZRatioCategoryId,
} from "@/lib/calc/mapping-schemas";

// Public input/output shapes of the calculation engine. Inputs have zod schemas (forms, imports and
// the recalculation job validate with them); the engine itself trusts typed input and stays allocation-light.

export const ZActivityOptions = z.strictObject({
  includeContrails: z.boolean().optional(), // overrides the period setting for this flight
  seatClass: z.enum(SEAT_CLASSES).optional(), // default: 101-220 seats up to 5000 km, > 220 beyond
  legKm: z.number().positive().optional(), // one-way leg distance incl. the 95 km detour (see flights.ts)
  fuel: z.enum(CAR_FUELS).optional(),
  network: z.string().min(1).optional(), // district heating network (paris_cpcu, lyon, other)
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(), // hotel stays: the hotel's country (ISO 3166-1 alpha-2); default the activity's region, else FR
  ratioCategory: ZRatioCategoryId.optional(), // spend.ratio: one of ADEME's 56 categories (spend-ratios.json)
  purpose: z.enum(SPEND_PURPOSES).optional(), // spend: what it paid for → scope-3 category and BEGES poste
  treatment: z.enum(WASTE_TREATMENTS).optional(), // waste: recycling, incineration, landfill… (default: the type's)
  direction: z.enum(FREIGHT_DIRECTIONS).optional(), // freight: inbound (default) | outbound | downstream
  lifetimeYears: z.number().positive().max(50).optional(), // equipment: amortisation lifetime (default: the type's)
  pue: z.number().min(1).max(5).optional(), // hosting: power usage effectiveness, multiplies the IT kWh (default 1)
});
export type TActivityOptions = z.infer<typeof ZActivityOptions>;

// A scope-2 market-based instrument: a supplier's contractual factor or the residual mix.
export const ZMarketInstrument = z.strictObject({
  kgCO2ePerUnit: z.number().min(0),
  unit: z.string().min(1), // usually kWh
  basis: z.enum(["contractual", "residual-mix"]),
  label: z.string().optional(),
});
export type TMarketInstrument = z.infer<typeof ZMarketInstrument>;

export const ZActivityInput = z.strictObject({
  id: z.string().min(1).optional(), // the persisted ActivityData id; groups the lines' uncertainty
  activityTypeId: z.string().min(1),
  quantity: z.number().finite(),
  unit: z.string().min(1), // e.g. "kWh", "k€", "p.km"; money is excl. VAT, in euros of `year`
  region: z.string().regex(/^([A-Z]{2}|EU|WORLD)$/), // ISO 3166-1 alpha-2 of where the activity happens
  year: z.number().int().min(1990).max(2100), // activity year; picks the factor (and the spend ratio) year
  // The inventory year being reported, when it differs from `year`: only capital goods use it (whole
  // footprint when reportingYear = year; amortised share for the lifetime's years). Default: `year`.
  reportingYear: z.number().int().min(1990).max(2100).optional(),
  options: ZActivityOptions.optional(),
  uncertaintyPct: z.number().min(0).max(1000).nullable().optional(), // of the quantity; absent = 0
  factorId: z.string().min(1).optional(), // an explicit factor (custom or library) instead of the default
  marketInstrument: ZMarketInstrument.optional(), // overrides the organisation's one for this activity
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZCalcSettings = z.strictObject({
  gwpSet: z.enum(GWP_SETS).default("AR5"), // for refrigerant leaks
  includeContrails: z.boolean().default(true), // period setting; recorded on every flight line
  // Capital goods (equipment per unit): the whole footprint in the acquisition year, or spread over the
  // lifetime recorded on the line (methodology.md, capital goods).
  capitalGoodsMethod: z.enum(CAPITAL_GOODS_METHODS).default("whole"),
  marketInstruments: z.record(z.string(), ZMarketInstrument).default({}), // by activity type id
  factorOverrides: z.record(z.string(), z.string()).default({}), // activity type id → factor id
});
export type TCalcSettings = z.output<typeof ZCalcSettings>;
export const DEFAULT_CALC_SETTINGS: TCalcSettings = Object.freeze(ZCalcSettings.parse({}));

// An organisation's own factor, selected per activity (factorId) or per type (factorOverrides).
export const ZCustomFactor = ZFactorRecord.pick({
  unit: true,
  value: true,
  uncertaintyPct: true,
  region: true,
  referenceYear: true,
  gwpSet: true,
}).extend({
  id: z.string().regex(/^custom:\S+$/),
  name: z.string().min(1),
  stages: ZFactorRecord.shape.stages.default([]),
  gases: ZFactorRecord.shape.gases.default(null),
});
export type TCustomFactor = z.input<typeof ZCustomFactor>;

export const LINE_FLAGS = [
  "not-decomposed", // the factor has no stage rows: the whole value sits in the activity's default class
  "factor-uncertainty-unknown", // the source publishes none: adds nothing to the quadrature
  "ratio-year-fallback", // spend after the latest published monetary ratio year (that ratio, undeflated)
  "region-fallback", // a factor of a wider region (EU, WORLD) was used
  "proxy-region", // the factor describes another country, used as the documented default
  "combustion-only", // the factor covers combustion only (district heating "other networks")
  "factor-under-review", // the publisher flagged the element (e.g. ADEME 43787)
  "factor-archived",
  "custom-factor",
  "selected-factor", // a library factor chosen by the user instead of the default
  "capital-goods-whole", // equipment: whole footprint in the acquisition year (0 in the other years)
  "capital-goods-amortised", // equipment: footprint / lifetime in each year of the lifetime (see TCapitalGoodsShare)
  "stages-excluded", // some stages of the factor are not booked (its profile excludes them): see TComputeResult.excluded
] as const;
export type TLineFlag = (typeof LINE_FLAGS)[number];

// How the scope-2 market-based figure of a line was obtained.
export type TMarketBasis = "contractual" | "residual-mix" | "location-fallback";

// Option values that classify or scale a line without picking its factor: recorded in the resolution.
export type TResolvedVariant = TVariantWhen & {
  readonly direction?: TFreightDirection; // freight: the profile used
  readonly pue?: number; // hosting: the multiplier applied to the IT energy
  readonly capitalGoodsMethod?: TCapitalGoodsMethod; // equipment: the organisation's method
  readonly lifetimeYears?: number | null; // equipment: the lifetime used (null: none stated, whole method)
};

export interface TResolution {
  readonly activityTypeId: string;
  // exact | undated | earlier-year | later-year | ratio-year-fallback | custom | selected,
  // prefixed by region-fallback:<EU|WORLD>+ when a wider region was used
  readonly rule: string;
  readonly factorIds: readonly string[]; // main factor first, then WTT / T&D rows
  readonly factorRegion: string; // the region the chosen candidate serves ('*' = everywhere)
  readonly factorYear: number | null;
  readonly variant: Readonly<TResolvedVariant>; // option values the factor was chosen for (fuel, contrails, spend category and purpose…)
  readonly legKmBand: readonly [number, number | null] | null; // flights: the (min, max] leg-km band used
}

export interface TEmissionLineDraft extends TClassification {
  readonly activityId: string | null;
  readonly activityTypeId: string;
  readonly stage: TFactorRecord["stages"][number]["stage"] | null; // null = not decomposed
  readonly kgCO2e: number; // location-based for scope 2
  readonly marketKgCO2e: number | null; // scope-2 lines only
  readonly marketBasis: TMarketBasis | null;
  readonly co2f: number | null; // gas split in kgCO2e, pro rata of the element's own gas columns
  readonly ch4f: number | null;
  readonly ch4b: number | null;
  readonly n2o: number | null;
  readonly otherGases: number | null;
  readonly co2b: number | null; // biogenic CO2 in kg: reported outside the scopes, never summed
  readonly quantity: number; // in the factor's unit
  readonly factorUnit: string;
  readonly factorId: string;
  readonly factorValue: number; // the element's published total, kgCO2e per factor unit
  readonly stageShare: number; // stage value / sum of stage values (1 when not decomposed)
  readonly resolutionRule: string;
  readonly gwpSet: string;
  readonly uncertaintyPct: number; // relative, √(u_activity² + u_factor²); u_factor = 0 when unknown
  readonly factorUncertaintyKnown: boolean;
  readonly contrailsIncluded: boolean | null; // flights only
  readonly flags: readonly TLineFlag[];
  readonly correlationKey: string; // lines sharing it have correlated uncertainty (same activity)
}

// Capital goods: the share of the footprint this reporting year carries (lines' quantity = quantity × share).
export interface TCapitalGoodsShare {
  readonly method: TCapitalGoodsMethod;
  readonly lifetimeYears: number | null;
  readonly acquisitionYear: number;
  readonly reportingYear: number;
  readonly share: number; // whole: 1 in the acquisition year, else 0; amortised: see capitalGoodsShare()
}

// A stage of the factor the activity type does not book (its profile excludes it), disclosed with its
// amount: quantity × factor value × share, exactly what a line for it would have carried.
export interface TExcludedStage {
  readonly factorId: string;
  readonly stage: string;
  readonly share: number; // stage value / sum of stage values
  readonly kgCO2e: number;
  readonly reason: TStageExclusionReason;
}

export interface TComputeResult {
  readonly lines: TEmissionLineDraft[];
  readonly resolution: TResolution;
  readonly capitalGoods?: TCapitalGoodsShare; // equipment types only
  readonly excluded?: readonly TExcludedStage[]; // stages left out of the lines, when the profile excludes some
}
