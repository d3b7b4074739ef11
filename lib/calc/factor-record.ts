import { z } from "zod";

// The one shape every curated factor takes, whatever its publisher: written by the ingestion scripts
// into emission-factors/<source>/<version>/factors.json, validated in CI, loaded into PostgreSQL, and
// read by the calculation engine. Values stay decimal strings so published precision survives
// ("0.0519", never 0.051899999).

export const ZDecimal = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, "a decimal number written as a string");

// Canonical activity units (the denominator of kgCO2e/unit). lib/calc/units.ts converts between them.
export const FACTOR_UNITS = [
  "kWh",
  "MWh",
  "GJ",
  "MJ",
  "kWh_PCS",
  "kWh_PCI",
  "L",
  "m3",
  "kg",
  "t",
  "km",
  "p.km",
  "t.km",
  "vehicle.km",
  "room.night",
  "night",
  "EUR",
  "kEUR",
  "GB",
  "TB",
  "hour",
  "unit",
  "m2",
  "person.day",
  "meal",
  "email", // one e-mail sent
  "GB.year", // one gigabyte stored for one year
] as const;
export const ZFactorUnit = z.enum(FACTOR_UNITS);
export type TFactorUnit = z.infer<typeof ZFactorUnit>;

// Life-cycle stages a factor total splits into. Which scope each lands in depends on the activity type
// (see the activity mapping table), never on the stage label alone.
export const FACTOR_STAGES = [
  "combustion", // burning the fuel / generating the electricity
  "upstream", // extraction, refining, transport of the energy carrier (well-to-tank)
  "td_losses", // transmission and distribution losses
  "manufacturing", // vehicle or equipment manufacturing
  "non_co2", // non-CO2 effects of aviation (contrails)
  "fugitive", // leaks
  "end_of_life",
  "other",
  "device_use", // digital services: the user's device electricity while using the service
  "network", // digital services: data transmission over fixed or mobile networks
  "data_centre", // digital services: servers and storage (their manufacturing and electricity)
] as const;
export const ZFactorStage = z.enum(FACTOR_STAGES);

export const ZFactorSource = z.enum(["ademe", "desnz", "ember", "ademe-arcep", "ademe-waste", "ademe-arcep-usage"]);
export type TFactorSource = z.infer<typeof ZFactorSource>;

const ZGases = z.object({
  co2f: ZDecimal.nullable(), // fossil CO2
  ch4f: ZDecimal.nullable(), // fossil CH4 (in kgCO2e)
  ch4b: ZDecimal.nullable(), // biogenic CH4 (in kgCO2e)
  n2o: ZDecimal.nullable(),
  other: ZDecimal.nullable(),
  co2b: ZDecimal.nullable(), // biogenic CO2: reported outside the scopes, never summed into totals
});

export const ZFactorRecord = z.object({
  id: z.string().regex(/^[a-z-]+:[^@\s]+@[^@\s]+$/), // `${source}:${sourceId}@${version}`, e.g. ademe:43642@23.6
  source: ZFactorSource,
  sourceId: z.string().min(1), // the publisher's own id (ADEME "Identifiant de l'élément", DESNZ "ID", ISO3 for Ember)
  version: z.string().min(1), // the release, e.g. "23.6", "2025", "2024-ember"
  nameFr: z.string().min(1),
  nameEn: z.string().nullable(),
  categoryPath: z.array(z.string().min(1)).min(1), // publisher's category tree, e.g. ["Electricité", "Electricité - France continentale"]
  unit: ZFactorUnit,
  unitLabel: z.string().min(1), // as published, e.g. "kgCO2e/kWh", "kgCO2e/passager.km"
  value: ZDecimal, // kgCO2e per unit: the published element total, authoritative
  gases: ZGases.nullable(),
  stages: z.array(
    z.object({ stage: ZFactorStage, labelFr: z.string(), labelEn: z.string().nullable(), value: ZDecimal }),
  ),
  uncertaintyPct: z.number().min(0).max(1000).nullable(), // null = unknown (not zero)
  region: z.string().min(2), // ISO 3166-1 alpha-2 ("FR", "GB"), or "EU", "WORLD"
  regionLabel: z.string().nullable(), // as published, e.g. "France continentale"
  referenceYear: z.number().int().min(1990).max(2100).nullable(),
  validity: z.string().nullable(), // free text as published ("Période de validité")
  status: z.enum(["valid", "archived", "review"]), // review = published but flagged (e.g. ADEME 43787)
  reviewNote: z.string().nullable(),
  gwpSet: z.enum(["AR4", "AR5", "AR6", "unknown"]),
  contributor: z.string().nullable(),
  sourceText: z.string().nullable(), // the publisher's "Source" column, kept so the ecoinvent exclusion can be tested
  tags: z.array(z.string()), // e.g. "monetary-ratio", "wtt", "contrails", "it-equipment"
});
export type TFactorRecord = z.infer<typeof ZFactorRecord>;

// One source release as shipped under emission-factors/<source>/<version>/release.json.
export const ZFactorRelease = z.object({
  source: ZFactorSource,
  version: z.string().min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), // the publisher's data date
  licence: z.string().min(1), // e.g. "Licence Ouverte v2.0", "OGL v3.0"
  attribution: z.string().min(1), // the exact text reports must render
  rawFile: z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(), // the official file ingested
  factorsFile: z.object({
    name: z.literal("factors.json"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    count: z.number().int().positive(),
  }),
  ingestedWith: z.string(), // the ingestion command, so anyone can reproduce the release
  // Sources computed by evaluating a model (publicodes): the engine and the situation behind each factor.
  evaluation: z
    .object({
      engine: z.string().min(1),
      situations: z.record(
        z.string(),
        z.object({
          situation: z.record(z.string(), z.union([z.string(), z.number()])),
          baseline: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          parts: z.record(z.string(), z.array(z.string())),
          totalRule: z.string().nullable(),
        }),
      ),
      rounding: z.string().min(1),
    })
    .optional(),
});
export type TFactorRelease = z.infer<typeof ZFactorRelease>;
