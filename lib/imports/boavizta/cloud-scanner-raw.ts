import { compareDecimals } from "@/lib/numbers/decimal";
import { looksLikeApiResponse, readApiResponse } from "./api-response";
import type { TBoaviztaResource } from "./model";

// Since 0.3.0-alpha4 cloud-scanner keeps the untouched API response in `raw_data`. Its min, max and warnings
// complete the flat figures, which stay authoritative; criteria only the raw response has are added.
// A raw value that differs from the flat one is noted, never used instead.
export function mergeRawData(r: TBoaviztaResource, raw: unknown, where: string) {
  if (!looksLikeApiResponse(raw)) return;
  const api = readApiResponse(raw, `${where} raw_data`);
  for (const rawImpact of api.resource.impacts) {
    const flat = r.impacts.find((i) => i.criterion === rawImpact.criterion && i.phase === rawImpact.phase);
    if (!flat) {
      r.impacts.push(rawImpact);
      continue;
    }
    if (flat.status !== "value" || rawImpact.status !== "value" || flat.value === null || rawImpact.value === null)
      continue;
    if (compareDecimals(flat.value, rawImpact.value) !== 0) {
      if (!r.notes.includes("rawDataDiffers")) r.notes.push("rawDataDiffers");
      continue;
    }
    flat.min = rawImpact.min;
    flat.max = rawImpact.max;
    flat.warnings = rawImpact.warnings;
  }
  if (api.resource.location && !r.location) r.location = api.resource.location;
  if (api.resource.electricityFactor) r.electricityFactor = api.resource.electricityFactor;
  r.warnings.push(...api.resource.warnings);
}
