import { z } from "zod";
import { ZFactorSource, ZFactorStage } from "@/lib/calc/factor-record";
import { DIMENSIONS } from "@/lib/calc/units";

// Schemas of the data tables under emission-factors/mappings/. The tables are the single place where a
// classification or a default factor is decided, so they can be corrected without touching code.

export const ZScope = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** A GHG Protocol scope. */
export type TGhgScope = z.infer<typeof ZScope>;
export const ZBegesPoste = z.string().regex(/^[1-6]\.[1-5]$/);

export const ZClassification = z
  .strictObject({ scope: ZScope, ghgCategory: z.number().int().min(1).max(15).nullable(), begesPoste: ZBegesPoste })
  .refine((c) => (c.scope === 3) === (c.ghgCategory !== null), "a scope-3 line needs a GHG category, scopes 1-2 none");
export type TClassification = z.infer<typeof ZClassification>;

// Why a stage of a factor is left out of an activity's lines (the inventory counts it on other lines).
export const STAGE_EXCLUSION_REASONS = ["counted_in_equipment_and_electricity"] as const;
export type TStageExclusionReason = (typeof STAGE_EXCLUSION_REASONS)[number];

export const ZStageProfile = z
  .strictObject({
    labelEn: z.string().min(1),
    stages: z.partialRecord(ZFactorStage, ZClassification),
    // Stages this kind of activity never books: disclosed beside the lines (kgCO2e and reason), never summed.
    excluded: z.partialRecord(ZFactorStage, z.enum(STAGE_EXCLUSION_REASONS)).optional(),
    undecomposed: ZClassification, // where the whole value goes when the factor has no stage rows
  })
  .refine(
    (p) => Object.keys(p.excluded ?? {}).every((stage) => !(stage in p.stages)),
    "a stage is either classified or excluded, not both",
  );
export type TStageProfile = z.infer<typeof ZStageProfile>;
export const ZStageProfiles = z.strictObject({ $comment: z.string(), profiles: z.record(z.string(), ZStageProfile) });

export const SEAT_CLASSES = ["20_50", "51_100", "101_220", "over_220"] as const;
export const CAR_FUELS = ["average", "diesel", "petrol", "electric", "lpg", "cng"] as const;
export const GWP_SETS = ["AR5", "AR6"] as const;
export type TGwpSet = (typeof GWP_SETS)[number];
// What a spend line paid for: sets its scope-3 category and BEGES poste (spend-ratios.json → stage profile).
export const SPEND_PURPOSES = [
  "purchased_goods",
  "purchased_services",
  "capital_goods",
  "business_travel",
  "freight_inbound",
  "freight_outbound",
  "waste_services",
] as const;
export type TSpendPurpose = (typeof SPEND_PURPOSES)[number];
// Freight: who the transport served. inbound = to the organisation (cat. 4 / BEGES 3.1); outbound = to
// customers, paid by the organisation (cat. 4 / 3.2); downstream = to customers, not paid by it (cat. 9 / 3.2).
export const FREIGHT_DIRECTIONS = ["inbound", "outbound", "downstream"] as const;
export type TFreightDirection = (typeof FREIGHT_DIRECTIONS)[number];
// Waste: how it is treated. average = ADEME's "fin de vie moyenne" (the French mix of treatments).
export const WASTE_TREATMENTS = [
  "average",
  "recycling",
  "incineration",
  "landfill",
  "composting",
  "anaerobic_digestion",
] as const;
export type TWasteTreatment = (typeof WASTE_TREATMENTS)[number];
export const CAPITAL_GOODS_METHODS = ["whole", "amortised"] as const;
export type TCapitalGoodsMethod = (typeof CAPITAL_GOODS_METHODS)[number];
export const ZRatioCategoryId = z.string().regex(/^[a-z0-9_]+$/);

// Option values a candidate factor can require. Activities supply them (see ZActivityOptions).
export const ZVariantWhen = z.strictObject({
  fuel: z.enum(CAR_FUELS).optional(),
  network: z.string().min(1).optional(), // district heating network
  seatClass: z.enum(SEAT_CLASSES).optional(),
  contrails: z.boolean().optional(),
  gwpSet: z.enum(GWP_SETS).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(), // where the service happened when it differs from the activity's region (hotel stays)
  ratioCategory: ZRatioCategoryId.optional(), // spend: one of ADEME's 56 monetary-ratio categories
  purpose: z.enum(SPEND_PURPOSES).optional(), // spend: classification only, never matched by a candidate
  treatment: z.enum(WASTE_TREATMENTS).optional(), // waste: the treatment the tonnes went to
});
export type TVariantWhen = z.infer<typeof ZVariantWhen>;
export const VARIANT_KEYS = [
  "fuel",
  "network",
  "seatClass",
  "contrails",
  "gwpSet",
  "country",
  "ratioCategory",
  "treatment",
] as const satisfies readonly (keyof TVariantWhen)[];

export const ZFactorRef = z.string().regex(/^[a-z0-9-]+:\S+$/, "source:sourceId");
export const ZCandidateRegion = z.string().regex(/^(\*|[A-Z]{2}|EU|WORLD)$/);
export const CANDIDATE_FLAGS = ["combustion-only", "proxy-region"] as const;

export const ZFactorCandidate = z.strictObject({
  factor: ZFactorRef,
  region: ZCandidateRegion, // the region this candidate serves ('*' = everywhere)
  year: z.number().int().min(1990).max(2100).optional(), // overrides the record's reference year (monetary ratios)
  stage: ZFactorStage.optional(), // classify an undecomposed record as this stage (DESNZ scope 1/2 rows)
  when: ZVariantWhen.optional(),
  legKm: z.tuple([z.number().min(0), z.number().positive().nullable()]).optional(), // (min, max] leg km
  extras: z.array(z.strictObject({ factor: ZFactorRef, stage: ZFactorStage })).optional(), // DESNZ WTT / T&D rows
  flags: z.array(z.enum(CANDIDATE_FLAGS)).optional(),
});
export type TFactorCandidate = z.infer<typeof ZFactorCandidate>;

// Every record of a source (optionally with a tag) serves its own region and year: Ember's countries.
export const ZFactorSelector = z.strictObject({
  select: z.strictObject({ source: ZFactorSource, tag: z.string().optional() }),
});
export type TFactorSelector = z.infer<typeof ZFactorSelector>;

export const ZActivityType = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/),
  labelFr: z.string().min(1),
  labelEn: z.string().min(1),
  dimension: z.enum(DIMENSIONS),
  profile: z.string().min(1),
  unitAliases: z.record(z.string(), z.string()).optional(), // read an input unit as another (kWh on a gas bill = kWh PCS)
  pcsPerPci: z.number().positive().optional(),
  optionDefaults: ZVariantWhen.optional(),
  // Spend types: candidates are generated from spend-ratios.json (one category, or every category chosen by
  // options.ratioCategory); the purpose (options.purpose, else optionDefaults.purpose) picks the profile.
  spendRatio: z.strictObject({ category: ZRatioCategoryId.optional() }).optional(),
  // Freight: options.direction (else `default`) picks the stage profile, hence the category and poste.
  directions: z
    .strictObject({
      default: z.enum(FREIGHT_DIRECTIONS),
      profiles: z.strictObject({
        inbound: z.string().min(1),
        outbound: z.string().min(1),
        downstream: z.string().min(1),
      }),
    })
    .optional(),
  // Equipment bought as capital goods: whole footprint in the acquisition year, or amortised over
  // options.lifetimeYears (else this default; none published = the user must state it when amortising).
  capitalGoods: z
    .strictObject({
      lifetimeYears: z.number().positive().max(50).nullable(),
      lifetimeSource: z.string().min(1).nullable(),
    })
    .refine((c) => (c.lifetimeYears === null) === (c.lifetimeSource === null), "a default lifetime needs its source")
    .optional(),
  // Hosting: options.pue multiplies the IT energy entered into the facility's (power usage effectiveness).
  acceptsPue: z.literal(true).optional(),
  candidates: z.array(z.union([ZFactorCandidate, ZFactorSelector])).default([]),
});
export type TActivityType = z.infer<typeof ZActivityType>;
export const ZActivityTypes = z.strictObject({ $comment: z.string(), activityTypes: z.array(ZActivityType).min(1) });

export const ZBegesPostes = z.strictObject({
  $comment: z.string(),
  postes: z.array(
    z.strictObject({
      poste: ZBegesPoste,
      category: z.number().int().min(1).max(6),
      labelFr: z.string(),
      labelEn: z.string(),
    }),
  ),
});

export const ZGhgCategories = z.strictObject({
  $comment: z.string(),
  categories: z
    .array(z.strictObject({ category: z.number().int().min(1).max(15), labelEn: z.string(), labelFr: z.string() }))
    .length(15),
});

const ZGwpBySet = z.strictObject({ AR5: z.number().positive(), AR6: z.number().positive() });
export const ZGwpTable = z.strictObject({
  $comment: z.string(),
  sets: z.strictObject({
    AR5: z.strictObject({ labelEn: z.string(), uncertaintyPct: z.number().min(0).nullable() }),
    AR6: z.strictObject({ labelEn: z.string(), uncertaintyPct: z.number().min(0).nullable() }),
  }),
  components: z.record(z.string(), ZGwpBySet),
  refrigerants: z.record(
    z.string(),
    z.strictObject({ gwp: ZGwpBySet, composition: z.record(z.string(), z.number().positive().max(1)) }),
  ),
});
export type TGwpTable = z.infer<typeof ZGwpTable>;

export const ZSpendCategory = z.strictObject({
  id: ZRatioCategoryId,
  kind: z.enum(["goods", "services"]), // ADEME's "Achats de biens" / "Achats de services"
  labelFr: z.string().min(1),
  labelEn: z.string().min(1),
  elements: z.record(z.string().regex(/^\d{4}$/), z.string().regex(/^\d+$/)).refine((e) => Object.keys(e).length > 0),
});
export type TSpendCategory = z.infer<typeof ZSpendCategory>;
export const ZSpendRatios = z.strictObject({
  $comment: z.string(),
  source: z.string().min(1),
  release: z.string().min(1),
  region: ZCandidateRegion,
  purposes: z.record(
    z.enum(SPEND_PURPOSES),
    z.strictObject({ profile: z.string().min(1), labelFr: z.string().min(1), labelEn: z.string().min(1) }),
  ),
  categories: z.array(ZSpendCategory).min(1),
});
export type TSpendRatios = z.infer<typeof ZSpendRatios>;
