import type { CalcError } from "@/lib/calc";
import { ACTIVITY_MESSAGES } from "@/lib/activity/schemas";
import { AppError } from "@/lib/errors";

// The engine refuses with a CalcError; users read a field error (a translation key) on the field to fix.

export type TFieldError = { field: string; message: string; code?: string };

export function calcFieldError(error: CalcError): TFieldError {
  const code = error.code;
  switch (code) {
    case "UNKNOWN_ACTIVITY_TYPE":
      return { field: "activityTypeId", message: ACTIVITY_MESSAGES.unknownType, code };
    case "UNKNOWN_UNIT":
      return { field: "unit", message: ACTIVITY_MESSAGES.unknownUnit, code };
    case "INCOMPATIBLE_UNITS":
      return { field: "unit", message: ACTIVITY_MESSAGES.incompatibleUnit, code };
    case "NO_FACTOR": // a hotel country or waste treatment the source does not publish is that field's fault
      return {
        field: typeof error.details.option === "string" ? `options.${error.details.option}` : "activityTypeId",
        message: error.details.option === "treatment" ? ACTIVITY_MESSAGES.unknownTreatment : ACTIVITY_MESSAGES.noFactor,
        code,
      };
    case "UNKNOWN_FACTOR":
      return { field: "customFactorId", message: ACTIVITY_MESSAGES.unknownFactor, code };
    case "MISSING_OPTION":
      return { field: optionField(error), message: ACTIVITY_MESSAGES.missingOption, code };
    case "UNKNOWN_OPTION": // a spend ratio category or purpose the tables do not know
      return { field: optionField(error), message: unknownOptionMessage(error), code };
    case "UNKNOWN_AIRPORT":
      return { field: "options.airports", message: ACTIVITY_MESSAGES.unknownAirport, code };
    case "INVALID_QUANTITY":
      return { field: "quantity", message: ACTIVITY_MESSAGES.invalidQuantity, code };
    default: // UNMAPPED_STAGE, INVALID_MAPPING: the shipped tables contradict themselves
      return { field: "_form", message: ACTIVITY_MESSAGES.calculation, code };
  }
}

function unknownOptionMessage(error: CalcError): string {
  const { option, allowed } = error.details;
  if (Array.isArray(allowed) && allowed.length === 0) return ACTIVITY_MESSAGES.optionNotForType; // e.g. a PUE on a car trip
  if (option === "purpose") return ACTIVITY_MESSAGES.unknownPurpose;
  if (option === "direction") return ACTIVITY_MESSAGES.unknownDirection;
  return ACTIVITY_MESSAGES.unknownRatioCategory;
}

const optionField = (error: CalcError) =>
  typeof error.details.option === "string" ? `options.${error.details.option}` : "options";

export function validationError(errors: readonly TFieldError[]): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const e of errors) fieldErrors[e.field] ??= e.message;
  return new AppError("VALIDATION", fieldErrors);
}

// One row of a batch (bulk save, recalculation) that could not be saved or computed.
export type TRowError = TFieldError & { row: number; sourceRef?: string | null; activityId?: string };

/**
 * Every bad row of an all-or-nothing batch, reported together. fieldErrors holds "rows.<i>.<field>" keys
 * for the generic action result; rowErrors keeps the structure for import previews.
 */
export class ActivityRowsError extends AppError {
  constructor(readonly rowErrors: readonly TRowError[]) {
    const fieldErrors: Record<string, string> = {};
    for (const e of rowErrors) fieldErrors[`rows.${e.row}.${e.field}`] ??= e.message;
    super("VALIDATION", fieldErrors);
    this.name = "ActivityRowsError";
  }
}
