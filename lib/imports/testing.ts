// Test helpers: TParsedImport values made of real activity inputs the engine resolves.
import type { TParsedImport } from "@/lib/imports/types";
import type { TImportUpload } from "@/lib/imports/preview";

/** Row n: French grid electricity (1,000 + n kWh), a flight by distance, or IT hardware spend. */
export function importRow(periodId: string, n: number, overrides: Record<string, unknown> = {}) {
  const kinds = [
    { activityTypeId: "energy.electricity.grid", quantity: String(1000 + n), unit: "kWh" },
    { activityTypeId: "travel.plane", quantity: String(500 + n), unit: "p.km", options: { legKm: 3000 } },
    {
      activityTypeId: "spend.ratio",
      quantity: String(200 + n),
      unit: "EUR",
      region: "FR",
      options: { ratioCategory: "it_hardware", purpose: "capital_goods" },
    },
  ];
  return { row: n + 2, input: { periodId, ...kinds[n % 3], ...overrides } as TParsedImport["rows"][number]["input"] };
}

export function parsedImport(
  periodId: string,
  count: number,
  edit?: (n: number) => Record<string, unknown>,
): TParsedImport {
  return {
    format: "template-csv",
    template: "energy",
    language: "en",
    rows: Array.from({ length: count }, (_, n) => importRow(periodId, n, edit?.(n))),
    errors: [],
  };
}

export function upload(periodId: string, parsed: TParsedImport, content: string, replace = false): TImportUpload {
  return {
    periodId,
    fileName: "activities.csv",
    mediaType: "text/csv",
    bytes: new TextEncoder().encode(content),
    parsed,
    replace,
  };
}
