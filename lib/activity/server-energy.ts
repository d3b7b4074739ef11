import { Decimal } from "@/lib/numbers/decimal";

// Hosting entered as servers × average power × hours: the IT energy in kWh that becomes the activity's
// quantity (the engine then applies the PUE and the hosting country's grid, as for metered kWh).
// Pure and exact (decimal.js): no binary float between what was typed and what is stored.

export type TServerPower = { readonly count: number; readonly watts: number; readonly hours: number };

/** count × watts × hours / 1000, in plain decimal notation ("4 × 350 W × 8760 h" → "12264"). */
export function serverEnergyKWh({ count, watts, hours }: TServerPower): string {
  const kWh = new Decimal(count).times(watts).times(hours).dividedBy(1000);
  return kWh.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();
}

const DAY_MS = 86_400_000;

/** The hours a period covers, both dates included ("2024-01-01".."2024-12-31" → 8784; 2025 → 8760). */
export function periodHours(startDate: string, endDate: string): number {
  const days = (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS + 1;
  return Math.round(days) * 24;
}
