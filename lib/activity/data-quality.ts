import dataQualityJson from "@/emission-factors/mappings/data-quality.json";
import { z } from "@/lib/validation";

// The data-quality scale of activity data and its default uncertainty (% of the quantity), from
// emission-factors/mappings/data-quality.json. Pure: the form shows the percentage a level gives.

export const DATA_QUALITY_LEVELS = ["metered", "calculated", "estimated", "extrapolated"] as const;
export type TDataQuality = (typeof DATA_QUALITY_LEVELS)[number];

const ZDataQualityTable = z.object({
  levels: z
    .array(z.strictObject({ id: z.enum(DATA_QUALITY_LEVELS), uncertaintyPct: z.number().min(0).max(1000) }))
    .refine((levels) => DATA_QUALITY_LEVELS.every((id) => levels.filter((l) => l.id === id).length === 1), {
      error: "data-quality.json lists each level exactly once",
    }),
});

let table: ReadonlyMap<TDataQuality, number> | null = null;

/** Default uncertainty (%) per level, validated on first use. */
export function dataQualityTable(): ReadonlyMap<TDataQuality, number> {
  table ??= new Map(ZDataQualityTable.parse(dataQualityJson).levels.map((l) => [l.id, l.uncertaintyPct]));
  return table;
}

export function dataQualityPct(level: TDataQuality): number {
  return dataQualityTable().get(level) as number;
}

/**
 * The uncertainty to store: an explicit percentage wins and is kept; without one, the level's default
 * (as a decimal string, like the column); neither → null (unknown).
 */
export function resolvedUncertainty(uncertaintyPct: string | null, dataQuality: TDataQuality | null): string | null {
  if (uncertaintyPct !== null) return uncertaintyPct;
  return dataQuality === null ? null : String(dataQualityPct(dataQuality));
}
