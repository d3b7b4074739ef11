import {
  computeActivities,
  DEFAULT_CALC_SETTINGS,
  flightDistance,
  ZCalcSettings,
  type CalcError,
  type TActivityInput,
  type TActivityOptions,
  type TCalcSettings,
  type TExcludedStage,
  type TMarketInstrument,
} from "@/lib/calc";
import { resolvedUncertainty, type TDataQuality } from "@/lib/activity/data-quality";
import { libraryFactorError } from "@/lib/activity/library-factor";
import { siteEngineOptions, type TSiteEnergy } from "@/lib/activity/site-energy";
import { engineInstrument } from "@/lib/activity/market-instrument";
import { ACTIVITY_MESSAGES, ZActivityDataOptions, type TActivityDataOptions } from "@/lib/activity/schemas";
import { serverEnergyKWh } from "@/lib/activity/server-energy";
import { calcFieldError, type TFieldError } from "@/lib/activity/errors";
import { roundLines, type TRoundedLines } from "@/lib/activity/lines";
import type { TDecimalLike } from "@/lib/numbers/decimal";
import { customEngineId, type TOrganizationFactorIndex } from "@/lib/factors/org-index";

// Stored activity data → the engine's TActivityInput, and the batch computation every write path shares
// (single mutations, bulk saves, recalculations, release previews).

// The calculation settings a period stores (ReportingPeriod columns, lib/periods/calc-settings.ts).
export type TPeriodCalcSettings = { gwpSet: string; includeContrails: boolean; capitalGoodsMethod: string };

/** The engine settings of a period (the defaults without one): every write path computes with these. */
export function calcSettingsFor(period?: TPeriodCalcSettings | null): TCalcSettings {
  if (!period) return DEFAULT_CALC_SETTINGS;
  return ZCalcSettings.parse({
    gwpSet: period.gwpSet,
    includeContrails: period.includeContrails,
    capitalGoodsMethod: period.capitalGoodsMethod,
  });
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The quantity to store. A flight given as airports becomes passenger-km: great circle + 95 km per leg
 * (lib/calc/flights.ts), the leg distance kept in options.legKm so recalculations pick the same band.
 * Hosting given as servers becomes kWh (lib/activity/server-energy.ts), the inputs kept in options.servers.
 * Throws CalcError (UNKNOWN_AIRPORT) for an airport the table does not know.
 */
export function storedQuantity(input: { quantity: string | null; unit: string | null; options: TActivityDataOptions }) {
  const { airports, servers } = input.options;
  // Hosting as servers × W × hours: the IT energy in kWh (the engine applies the PUE and the grid).
  if (servers) return { quantity: serverEnergyKWh(servers), unit: "kWh", options: input.options };
  if (!airports) return { quantity: input.quantity ?? "", unit: input.unit ?? "", options: input.options };
  const distance = flightDistance(airports);
  const legKm = round3(distance.legKm);
  const quantity = (legKm * distance.legs * distance.passengers).toFixed(3);
  return { quantity, unit: "p.km", options: { ...input.options, legKm } };
}

export type TActivityForCalc = {
  id: string;
  periodId: string;
  siteId: string | null;
  activityTypeId: string;
  quantity: TDecimalLike;
  unit: string;
  region: string | null;
  activityDate: Date | string | null;
  activityYear: number | null;
  options: unknown; // JSON as stored (ZActivityDataOptions)
  uncertaintyPct: TDecimalLike | null;
  customFactorId: string | null;
  libraryFactorId?: string | null; // source:sourceId of a chosen library factor
  dataQuality?: string | null; // fills the uncertainty when no percentage is stated
  marketInstrument?: unknown; // JSON as stored (ZMarketInstrumentInput)
  reportingYear?: number; // amortised equipment carried into a later period (lib/activity/carried.ts)
};

export type TCalcContext = {
  readonly country: string; // the organisation's
  readonly siteCountry: ReadonlyMap<string, string>;
  readonly periodYear: ReadonlyMap<string, number>;
  readonly orgIndex: Pick<TOrganizationFactorIndex, "index" | "currentCustomFactorId">;
  readonly settings?: TCalcSettings; // for every period without its own entry in periodSettings
  readonly periodSettings?: ReadonlyMap<string, TCalcSettings>; // by period id
  readonly siteEnergy?: ReadonlyMap<string, TSiteEnergy>; // by site id: networks and market instrument
  // Every period of the organisation: where amortised equipment is carried (lib/activity/carried.ts).
  readonly periods?: ReadonlyArray<{ readonly id: string; readonly year: number; readonly status: "OPEN" | "LOCKED" }>;
};

// What a context knows of the periods: enough to say where amortised equipment is carried.
export type TPeriodContext = Pick<TCalcContext, "periodYear" | "settings" | "periodSettings" | "periods">;

export const settingsOf = (ctx: TPeriodContext, periodId: string) =>
  ctx.periodSettings?.get(periodId) ?? ctx.settings ?? calcSettingsFor();

export function yearOf(activity: TActivityForCalc, periodYear: number | undefined): number {
  const { activityDate } = activity;
  if (activityDate !== null)
    return typeof activityDate === "string" ? Number(activityDate.slice(0, 4)) : activityDate.getUTCFullYear();
  return activity.activityYear ?? periodYear ?? new Date().getUTCFullYear();
}

function engineOptions(stored: unknown): TActivityOptions | undefined {
  const o = ZActivityDataOptions.parse(stored ?? {});
  const options: TActivityOptions = {};
  if (o.includeContrails !== undefined) options.includeContrails = o.includeContrails;
  if (o.seatClass !== undefined) options.seatClass = o.seatClass;
  if (o.fuel !== undefined) options.fuel = o.fuel;
  if (o.network !== undefined) options.network = o.network;
  if (o.country !== undefined) options.country = o.country;
  if (o.legKm !== undefined) options.legKm = o.legKm;
  if (o.ratioCategory !== undefined) options.ratioCategory = o.ratioCategory;
  if (o.purpose !== undefined) options.purpose = o.purpose;
  if (o.treatment !== undefined) options.treatment = o.treatment;
  // Freight direction, equipment lifetime, hosting PUE (lib/calc/line-options.ts).
  if (o.direction !== undefined) options.direction = o.direction;
  if (o.lifetimeYears !== undefined) options.lifetimeYears = o.lifetimeYears;
  if (o.pue !== undefined) options.pue = o.pue;
  return Object.keys(options).length > 0 ? options : undefined;
}

export function toEngineInput(activity: TActivityForCalc, ctx: TCalcContext, factorId: string | null): TActivityInput {
  const site = activity.siteId === null ? undefined : ctx.siteCountry.get(activity.siteId);
  const energy = activity.siteId === null ? undefined : ctx.siteEnergy?.get(activity.siteId);
  const options = siteEngineOptions(activity.activityTypeId, engineOptions(activity.options), energy);
  const stated = resolvedUncertainty(
    activity.uncertaintyPct === null ? null : activity.uncertaintyPct.toString(),
    (activity.dataQuality ?? null) as TDataQuality | null,
  );
  const uncertainty = stated === null ? null : Number(stated);
  // The activity's own instrument, else its site's (electricity only, see site-energy.ts).
  const instrument: TMarketInstrument | null =
    engineInstrument(activity.marketInstrument) ?? energy?.instrumentFor(activity.activityTypeId) ?? null;
  return {
    id: activity.id,
    activityTypeId: activity.activityTypeId,
    quantity: Number(activity.quantity.toString()),
    unit: activity.unit,
    region: activity.region ?? site ?? ctx.country,
    year: yearOf(activity, ctx.periodYear.get(activity.periodId)),
    ...(activity.reportingYear === undefined ? {} : { reportingYear: activity.reportingYear }),
    ...(options ? { options } : {}),
    uncertaintyPct: uncertainty,
    ...(factorId === null ? {} : { factorId }),
    ...(instrument === null ? {} : { marketInstrument: instrument }),
  };
}

export type TCalcOutcome =
  | {
      readonly ok: true;
      readonly customFactorId: string | null;
      readonly rounded: TRoundedLines;
      readonly excluded: readonly TExcludedStage[]; // stages the type does not book, disclosed (digital habits)
    }
  | { readonly ok: false; readonly error: TFieldError; readonly calcError?: CalcError };

/**
 * Computes every activity in memory (one engine pass, computeActivities), one outcome per activity in
 * the same order. An activity pointing at a retired custom factor version uses the active version of the
 * same factor (returned as customFactorId), or fails when the factor was retired for good.
 */
export function computeStoredActivities(activities: readonly TActivityForCalc[], ctx: TCalcContext): TCalcOutcome[] {
  const outcomes: (TCalcOutcome | null)[] = [];
  const inputs: TActivityInput[] = [];
  const positions: number[] = [];
  const customIds: (string | null)[] = [];
  for (const [i, activity] of activities.entries()) {
    let customFactorId: string | null = null;
    if (activity.customFactorId !== null) {
      customFactorId = ctx.orgIndex.currentCustomFactorId(activity.customFactorId);
      if (customFactorId === null) {
        outcomes.push({
          ok: false,
          error: {
            field: "customFactorId",
            message: ACTIVITY_MESSAGES.customFactorRetired,
            code: "CUSTOM_FACTOR_RETIRED",
          },
        });
        customIds.push(null);
        continue;
      }
    }
    const library = customFactorId === null ? (activity.libraryFactorId ?? null) : null;
    const libraryError = library === null ? null : libraryFactorError(ctx.orgIndex.index, library);
    if (libraryError !== null) {
      outcomes.push({ ok: false, error: libraryError });
      customIds.push(null);
      continue;
    }
    outcomes.push(null);
    customIds.push(customFactorId);
    inputs.push(toEngineInput(activity, ctx, customFactorId === null ? library : customEngineId(customFactorId)));
    positions.push(i);
  }
  // One engine pass per distinct settings object (one per period at most).
  const groups = new Map<TCalcSettings, number[]>();
  for (const [k, i] of positions.entries()) {
    const settings = settingsOf(ctx, (activities[i] as TActivityForCalc).periodId);
    const group = groups.get(settings);
    if (group) group.push(k);
    else groups.set(settings, [k]);
  }
  for (const [settings, ks] of groups) {
    const results = computeActivities(
      ks.map((k) => inputs[k] as TActivityInput),
      ctx.orgIndex.index,
      settings,
    );
    for (const [j, result] of results.entries()) {
      const i = positions[ks[j] as number] as number;
      const chosenLibrary = (activities[i] as TActivityForCalc).libraryFactorId ?? null;
      outcomes[i] = result.ok
        ? {
            ok: true,
            customFactorId: customIds[i] ?? null,
            rounded: roundLines(result.result.lines, result.activity.uncertaintyPct != null, result.result.resolution),
            excluded: result.result.excluded ?? [],
          }
        : {
            ok: false,
            error:
              chosenLibrary !== null && customIds[i] === null && result.error.code === "INCOMPATIBLE_UNITS"
                ? { field: "libraryFactorId", message: ACTIVITY_MESSAGES.libraryFactorUnit, code: result.error.code }
                : calcFieldError(result.error),
            calcError: result.error,
          };
    }
  }
  return outcomes as TCalcOutcome[];
}
