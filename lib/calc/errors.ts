// Every way a calculation can refuse to produce a number. The engine never guesses (no silent 1:1 unit,
// no default factor): callers map a CalcError to AppError("VALIDATION") with its code and details.
export const CALC_ERROR_CODES = [
  "UNKNOWN_UNIT", // a unit code the engine does not know
  "INCOMPATIBLE_UNITS", // e.g. kWh → L, km → p.km, kWh → kWh_PCS without a stated basis
  "UNKNOWN_ACTIVITY_TYPE",
  "NO_FACTOR", // no candidate factor for this type/region/year/options, even after fallbacks
  "UNKNOWN_FACTOR", // an explicitly chosen factor id that is not in the index
  "MISSING_OPTION", // e.g. a flight without its leg distance, a spend line without its ratio category or purpose
  "UNKNOWN_OPTION", // an option value the tables do not know (details.option: ratioCategory, purpose)
  "INVALID_QUANTITY", // NaN or infinite quantity
  "UNMAPPED_STAGE", // the factor has a stage the activity type's profile does not classify
  "UNKNOWN_AIRPORT",
  "INVALID_MAPPING", // the mapping data files contradict themselves
] as const;
export type TCalcErrorCode = (typeof CALC_ERROR_CODES)[number];

export class CalcError extends Error {
  constructor(
    readonly code: TCalcErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${message}`);
    this.name = "CalcError";
  }
}

export function isCalcError(error: unknown, code?: TCalcErrorCode): error is CalcError {
  return error instanceof CalcError && (code === undefined || error.code === code);
}
