import type { TFactorIndex } from "@/lib/calc";
import { z } from "@/lib/validation";

// A library factor chosen for an activity is stored by its reference, `source:sourceId` (e.g.
// "ademe:36219"): the version comes from the organisation's accepted release, so accepting a newer release
// moves the activity to the same element's new value (or refuses, when the element is gone).

const REF = /^[a-z][a-z0-9-]{1,30}:[A-Za-z0-9_.:-]{1,80}$/;

/** Accepts a versioned id from the factor search ("ademe:36219@23.6") and keeps its reference. */
export const ZLibraryFactorRef = z
  .string()
  .trim()
  .transform((v) => v.split("@")[0] as string)
  .refine((v) => REF.test(v) && !v.startsWith("custom:"), { error: "activity.validation.unknownLibraryFactor" });

export const libraryRefOf = (factorId: string) => factorId.split("@")[0] as string;

/**
 * Whether the organisation's index can use this library factor: unknown (not in its accepted releases),
 * or archived by the publisher → a field error. A unit that does not fit the activity is found when
 * computing (INCOMPATIBLE_UNITS on this field).
 */
export function libraryFactorError(
  index: TFactorIndex,
  ref: string,
): { field: string; message: string; code: string } | null {
  const factor = index.byRef.get(ref);
  if (!factor || factor.custom)
    return { field: "libraryFactorId", message: "activity.validation.unknownLibraryFactor", code: "UNKNOWN_FACTOR" };
  if (factor.status === "archived")
    return { field: "libraryFactorId", message: "activity.validation.libraryFactorRetired", code: "FACTOR_RETIRED" };
  return null;
}
