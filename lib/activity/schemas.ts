import {
  CAR_FUELS,
  FREIGHT_DIRECTIONS,
  loadCalcMappings,
  SEAT_CLASSES,
  SPEND_PURPOSES,
  WASTE_TREATMENTS,
} from "@/lib/calc";
import { isIsoDate } from "@/lib/periods/dates";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { parseUserNumber } from "@/lib/numbers/user-number";
import { optionalInt, optionalText, requiredText, ZId, z } from "@/lib/validation";
import { DATA_QUALITY_LEVELS } from "@/lib/activity/data-quality";
import { ZMarketInstrumentInput } from "@/lib/activity/market-instrument";
import { ZLibraryFactorRef } from "@/lib/activity/library-factor";

// One schema per operation, shared by forms and the server. Messages in the `activity` namespace are
// shown by the activity forms; the others are the shared validation keys.
export const ACTIVITY_MESSAGES = {
  decimal: "activity.validation.decimal",
  region: "activity.validation.region",
  date: "activity.validation.date",
  airportsOnlyForFlights: "activity.validation.airportsOnlyForFlights",
  unknownPeriod: "activity.validation.unknownPeriod",
  unknownSite: "activity.validation.unknownSite",
  unknownProduct: "activity.validation.unknownProduct",
  unknownCustomFactor: "activity.validation.unknownCustomFactor",
  customFactorRetired: "activity.validation.customFactorRetired",
  unknownType: "activity.validation.unknownType",
  unknownUnit: "activity.validation.unknownUnit",
  incompatibleUnit: "activity.validation.incompatibleUnit",
  noFactor: "activity.validation.noFactor",
  unknownFactor: "activity.validation.unknownFactor",
  missingOption: "activity.validation.missingOption",
  unknownRatioCategory: "activity.validation.unknownRatioCategory",
  unknownPurpose: "activity.validation.unknownPurpose",
  unknownDirection: "activity.validation.unknownDirection",
  unknownTreatment: "activity.validation.unknownTreatment",
  lifetimeYears: "activity.validation.lifetimeYears",
  pue: "activity.validation.pue",
  serverCount: "activity.validation.serverCount",
  serverWatts: "activity.validation.serverWatts",
  serverHours: "activity.validation.serverHours",
  optionNotForType: "activity.validation.optionNotForType",
  unknownAirport: "activity.validation.unknownAirport",
  invalidQuantity: "activity.validation.invalidQuantity",
  calculation: "activity.validation.calculation",
  duplicateSourceRef: "activity.validation.duplicateSourceRef",
  // Calculation choices (market instrument, data quality, library factor)
  unknownDataQuality: "activity.validation.unknownDataQuality",
  unknownLibraryFactor: "activity.validation.unknownLibraryFactor",
  libraryFactorUnit: "activity.validation.libraryFactorUnit",
  libraryFactorRetired: "activity.validation.libraryFactorRetired",
  twoFactors: "activity.validation.twoFactors",
  periodLocked: "errors.PERIOD_LOCKED",
} as const;

export { ACTIVITY_STATUSES } from "@/lib/activity/status-rules";
export const ACTIVITY_SOURCE_KINDS = [
  "MANUAL",
  "FORM",
  "CSV_IMPORT",
  "FEC_IMPORT",
  "BOAVIZTA_IMPORT",
  "SURVEY",
  "API", // the public REST API (/api/v1): sourceRef is the client's externalId
  "PRODUCT_MODEL", // a product's digital-use model (lib/products/digital)
] as const;
export type TActivitySourceKind = (typeof ACTIVITY_SOURCE_KINDS)[number];

// Values arrive as text (French files and forms: "1 200,5" is 1200.5, read by the shared user-number parser)
// or as numbers from importers; anything unreadable becomes "x" so the regex below reports it.
const decimalText = (v: unknown) => {
  if (typeof v === "number") return Number.isFinite(v) ? numberToDecimal(v) : "x";
  if (typeof v !== "string") return v;
  if (v.trim() === "") return "";
  return parseUserNumber(v, "fr") ?? "x";
};
const emptyToNull = (v: unknown) => (v === undefined || v === null || v === "" ? null : v);
const DECIMAL = /^\d{1,15}(\.\d{1,12})?$/;

export const ZQuantity = z.preprocess(
  (v) => emptyToNull(decimalText(v)),
  z.string().regex(DECIMAL, { error: ACTIVITY_MESSAGES.decimal }).nullable(),
);
const ZUncertainty = z.preprocess(
  (v) => emptyToNull(decimalText(v)),
  z
    .string()
    .regex(DECIMAL, { error: ACTIVITY_MESSAGES.decimal })
    .refine((v) => Number(v) <= 1000, { error: ACTIVITY_MESSAGES.decimal })
    .nullable(),
);
const ZRegion = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim().toUpperCase()) : emptyToNull(v)),
  z
    .string()
    .regex(/^([A-Z]{2}|EU|WORLD)$/, { error: ACTIVITY_MESSAGES.region })
    .nullable(),
);
const ZIsoDate = z.preprocess(emptyToNull, z.string().refine(isIsoDate, { error: ACTIVITY_MESSAGES.date }).nullable());
const optionalId = z.preprocess(emptyToNull, ZId.nullable());
const ZIata = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: ACTIVITY_MESSAGES.unknownAirport });

// What an activity may carry besides its quantity. `airports` (flights only) is how the passenger-km were
// derived: the server computes the distance (lib/activity/engine-input.ts) and stores the result.
export const ZActivityDataOptions = z.strictObject({
  includeContrails: z.boolean().optional(), // overrides the period setting for this flight
  seatClass: z.enum(SEAT_CLASSES).optional(),
  fuel: z.enum(CAR_FUELS).optional(),
  network: requiredText(40).optional(), // district heating network
  country: z // hotel stays: the hotel's country (ISO 3166-1 alpha-2); default the activity's region, else FR
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: ACTIVITY_MESSAGES.region })
    .optional(),
  legKm: z.number().positive().max(25_000).optional(), // flights entered in p.km: the one-way leg distance
  // Spend: one of ADEME's 56 monetary-ratio categories, and what the money paid for (sets the classification).
  ratioCategory: z
    .string()
    .refine((id) => loadCalcMappings().spendCategories.has(id), { error: ACTIVITY_MESSAGES.unknownRatioCategory })
    .optional(),
  purpose: z.enum(SPEND_PURPOSES, { error: ACTIVITY_MESSAGES.unknownPurpose }).optional(),
  // Waste: the treatment the tonnes went to (default: the type's, usually ADEME's average end of life).
  treatment: z.enum(WASTE_TREATMENTS, { error: ACTIVITY_MESSAGES.unknownTreatment }).optional(),
  // Freight: who the transport served (sets the scope-3 category and BEGES poste; default inbound).
  direction: z.enum(FREIGHT_DIRECTIONS, { error: ACTIVITY_MESSAGES.unknownDirection }).optional(),
  // Equipment: amortisation lifetime in years (used when the organisation amortises capital goods).
  lifetimeYears: z
    .number({ error: ACTIVITY_MESSAGES.lifetimeYears })
    .positive({ error: ACTIVITY_MESSAGES.lifetimeYears })
    .max(50, { error: ACTIVITY_MESSAGES.lifetimeYears })
    .optional(),
  // Hosting: power usage effectiveness of the data centre (multiplies the IT energy; default 1).
  pue: z
    .number({ error: ACTIVITY_MESSAGES.pue })
    .min(1, { error: ACTIVITY_MESSAGES.pue })
    .max(5, { error: ACTIVITY_MESSAGES.pue })
    .optional(),
  // Hosting given as servers × average power × hours (lib/activity/server-energy.ts): the server turns it
  // into the kWh quantity, kept here so the form reopens with what was typed and the line page shows it.
  servers: z
    .strictObject({
      count: z
        .number({ error: ACTIVITY_MESSAGES.serverCount })
        .int({ error: ACTIVITY_MESSAGES.serverCount })
        .min(1, { error: ACTIVITY_MESSAGES.serverCount })
        .max(1_000_000, { error: ACTIVITY_MESSAGES.serverCount }),
      watts: z
        .number({ error: ACTIVITY_MESSAGES.serverWatts })
        .positive({ error: ACTIVITY_MESSAGES.serverWatts })
        .max(100_000, { error: ACTIVITY_MESSAGES.serverWatts }),
      hours: z
        .number({ error: ACTIVITY_MESSAGES.serverHours })
        .positive({ error: ACTIVITY_MESSAGES.serverHours })
        .max(87_840, { error: ACTIVITY_MESSAGES.serverHours }), // ten leap years
    })
    .optional(),
  airports: z
    .strictObject({
      from: ZIata,
      to: ZIata,
      returnTrip: z.boolean().default(false),
      passengers: z.number().int().min(1).max(10_000).default(1),
    })
    .optional(),
});
export type TActivityDataOptions = z.output<typeof ZActivityDataOptions>;

const activityFields = {
  periodId: ZId,
  siteId: optionalId,
  productId: optionalId,
  activityTypeId: requiredText(80),
  quantity: ZQuantity, // required unless options.airports gives the trip
  unit: optionalText(20),
  region: ZRegion,
  activityDate: ZIsoDate,
  activityYear: optionalInt(1990, 2100),
  options: ZActivityDataOptions.default({}),
  uncertaintyPct: ZUncertainty,
  customFactorId: optionalId,
  libraryFactorId: z.preprocess(emptyToNull, ZLibraryFactorRef.nullable()).default(null),
  dataQuality: z
    .preprocess(emptyToNull, z.enum(DATA_QUALITY_LEVELS, { error: ACTIVITY_MESSAGES.unknownDataQuality }).nullable())
    .default(null),
  marketInstrument: z.preprocess(emptyToNull, ZMarketInstrumentInput.nullable()).default(null),
  label: optionalText(200),
  description: optionalText(2000, { multiline: true }),
  evidenceNote: optionalText(2000, { multiline: true }),
};

type TFieldsOutput = {
  customFactorId: string | null;
  libraryFactorId: string | null;
  quantity: string | null;
  unit: string | null;
  activityTypeId: string;
  options: TActivityDataOptions;
};

function checkQuantity(value: TFieldsOutput, ctx: z.RefinementCtx) {
  if (value.customFactorId !== null && value.libraryFactorId !== null)
    ctx.addIssue({ code: "custom", path: ["libraryFactorId"], message: ACTIVITY_MESSAGES.twoFactors });
  if (value.options.airports) {
    if (value.activityTypeId !== "travel.plane") {
      ctx.addIssue({
        code: "custom",
        path: ["options", "airports"],
        message: ACTIVITY_MESSAGES.airportsOnlyForFlights,
      });
    }
    return;
  }
  if (value.options.servers) {
    if (!loadCalcMappings().activityTypes.get(value.activityTypeId)?.acceptsPue)
      ctx.addIssue({ code: "custom", path: ["options", "servers"], message: ACTIVITY_MESSAGES.optionNotForType });
    return;
  }
  if (value.quantity === null) ctx.addIssue({ code: "custom", path: ["quantity"], message: "validation.required" });
  if (value.unit === null) ctx.addIssue({ code: "custom", path: ["unit"], message: "validation.required" });
}

// Strict: an unknown key (a smuggled `status`, `organizationId`, `createdById`…) is a field error and
// nothing is saved. The status changes only through lib/activity/status.ts.
// `requestId`: the data request the line answers (lib/activity/request-scope.ts checks it fits).
export const ZActivityCreate = z.strictObject({ ...activityFields, requestId: optionalId }).superRefine(checkQuantity);
export type TActivityCreate = z.output<typeof ZActivityCreate>;

// The same inputs, without the request link: the organisation never changes, and a new period is checked to
// be the organisation's.
export const ZActivityUpdate = z.strictObject(activityFields).superRefine(checkQuantity);
export type TActivityUpdate = z.output<typeof ZActivityUpdate>;

// A row from an importer: where it came from, so re-importing the same rows replaces them. Rows carry no
// status either: new rows start as drafts (the demo seed alone passes `initialStatus`, lib/activity/bulk.ts)
// and a re-imported validated row that changes goes back to submitted, like any edit.
export const ZActivityBulkRow = z
  .strictObject({
    ...activityFields,
    sourceKind: z.enum(ACTIVITY_SOURCE_KINDS).default("MANUAL"),
    sourceRef: z.preprocess(emptyToNull, requiredText(200).nullable()).default(null),
  })
  .superRefine(checkQuantity);
export type TActivityBulkRow = z.output<typeof ZActivityBulkRow>;
// What an importer hands over before validation: form-like values (strings or numbers), optional fields omitted.
export type TActivityBulkRowInput = Partial<z.input<typeof ZActivityBulkRow>> &
  Pick<z.input<typeof ZActivityBulkRow>, "periodId" | "activityTypeId">;

export const ZActivityId = ZId;
