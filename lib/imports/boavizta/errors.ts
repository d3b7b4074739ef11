import type { TImportRowError } from "@/lib/imports/types";

// A file the Boavizta readers refuse: one message key under "imports.errors." (messages/*.json) with its ICU
// values. Parsers throw it; parseBoaviztaFile turns it into an error list and no result.

export const BOAVIZTA_ERROR_KEYS = [
  "boaviztaNotText",
  "boaviztaEmpty",
  "boaviztaInvalidJson",
  "boaviztaUnknownShape",
  "boaviztaMixedVersions",
  "boaviztaNegative",
  "boaviztaInvalidNumber",
  "boaviztaSummaryOnly",
  "boaviztaSeveralScrapes",
  "boaviztaPrometheusLine",
  "boaviztaCsvHeader",
  "boaviztaCsvRow",
  "boaviztaDuplicateResource",
  "boaviztaCatalogue", // the upload refuses the manufacturer CSV as an inventory
] as const;
export type TBoaviztaErrorKey = (typeof BOAVIZTA_ERROR_KEYS)[number];

export class BoaviztaParseError extends Error {
  constructor(
    readonly key: TBoaviztaErrorKey,
    readonly values: Record<string, string | number> = {},
    readonly row: number | null = null,
  ) {
    super(`${key} ${JSON.stringify(values)}`);
  }

  toRowError(): TImportRowError {
    return { row: this.row, column: null, message: `imports.errors.${this.key}`, values: this.values };
  }
}
