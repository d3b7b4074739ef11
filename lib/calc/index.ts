// Public API of the calculation engine (pure: no database, no React). See lib/calc/README.md.
export { computeActivities, computeActivity, type TBatchOutcome } from "@/lib/calc/compute";
export { CalcError, CALC_ERROR_CODES, isCalcError, type TCalcErrorCode } from "@/lib/calc/errors";
export { buildFactorIndex, type TFactorIndex, type TIndexedFactor } from "@/lib/calc/factor-index";
export {
  airport,
  allAirports,
  defaultSeatClass,
  flightActivity,
  flightDistance,
  greatCircleKm,
  FLIGHT_DETOUR_KM,
  type TAirport,
  type TFlightInput,
} from "@/lib/calc/flights";
export {
  type TClassification,
  type TGhgScope,
  type TGwpSet,
  type TSpendCategory,
  type TSpendPurpose,
  type TCapitalGoodsMethod,
  type TFreightDirection,
  CAPITAL_GOODS_METHODS,
  CAR_FUELS,
  FREIGHT_DIRECTIONS,
  GWP_SETS,
  SEAT_CLASSES,
  WASTE_TREATMENTS,
  type TWasteTreatment,
  SPEND_PURPOSES,
} from "@/lib/calc/mapping-schemas";
export { acceptedUnits, loadCalcMappings, type TCalcMappings } from "@/lib/calc/mappings";
export { capitalGoodsShare } from "@/lib/calc/line-options";
export { regionChain, resolveFactor, type TResolveQuery } from "@/lib/calc/resolve";
export {
  DEFAULT_CALC_SETTINGS,
  LINE_FLAGS,
  ZActivityInput,
  ZActivityOptions,
  ZCalcSettings,
  ZCustomFactor,
  ZMarketInstrument,
  type TActivityInput,
  type TActivityOptions,
  type TCalcSettings,
  type TCapitalGoodsShare,
  type TComputeResult,
  type TExcludedStage,
  type TCustomFactor,
  type TEmissionLineDraft,
  type TLineFlag,
  type TMarketBasis,
  type TMarketInstrument,
  type TResolution,
  type TResolvedVariant,
} from "@/lib/calc/types";
export {
  convert,
  conversion,
  dimensionOf,
  isKnownUnit,
  normalizeUnit,
  DIMENSIONS,
  UNITS,
  type TDimension,
  type TUnit,
} from "@/lib/calc/units";
