import { z } from "zod";
import { compareDecimals } from "@/lib/numbers/decimal";
import type { TBoaviztaResource } from "./model";
import { exactNumber } from "./numbers";
import { normaliseUnit } from "./units";

// What a verbose BoaviztAPI response tells beyond the impacts: the only place that gives the period covered
// (`duration`), the lifetime, the location and the electricity factor used (boavizta-formats.md §1.3).
// Its component impacts are never read.

const ZAttribute = z.object({ value: z.unknown(), status: z.string().optional(), unit: z.string().optional() });

export type TVerboseFacts = {
  kind: TBoaviztaResource["kind"];
  durationHours: string | null;
  lifetimeHours: string | null;
  location: string | null;
  defaultLocation: boolean;
  electricityFactor: TBoaviztaResource["electricityFactor"];
  allocation: TBoaviztaResource["allocation"];
};

function attribute(verbose: Record<string, unknown>, key: string) {
  const a = ZAttribute.safeParse(verbose[key]);
  return a.success ? a.data : null;
}

function numberAttribute(verbose: Record<string, unknown>, key: string, where: string): string | null {
  const a = attribute(verbose, key);
  return a && typeof a.value === "number" ? exactNumber(a.value, `${where} verbose.${key}`) : null;
}

function kindOf(verbose: Record<string, unknown>): TBoaviztaResource["kind"] {
  if ("instance_per_server" in verbose || "vcpu" in verbose) return "cloud_instance";
  if ("impacts" in verbose) return "component"; // component routes: a flat verbose with its own impacts
  if (Object.keys(verbose).some((k) => /^(CPU|RAM|SSD|HDD|GPU|POWER_SUPPLY|CASE|MOTHERBOARD|ASSEMBLY)-\d+$/.test(k)))
    return "server";
  return "unknown";
}

export function readVerboseFacts(verbose: Record<string, unknown> | null, where: string): TVerboseFacts {
  if (verbose === null) {
    return {
      kind: "unknown",
      durationHours: null,
      lifetimeHours: null,
      location: null,
      defaultLocation: false,
      electricityFactor: null,
      allocation: "unknown",
    };
  }
  const durationHours = numberAttribute(verbose, "duration", where);
  const lifetimeHours = numberAttribute(verbose, "hours_life_time", where);
  const location = attribute(verbose, "usage_location");
  const factor = attribute(verbose, "gwp_factor");
  const factorValue =
    factor && typeof factor.value === "number" ? exactNumber(factor.value, `${where} verbose.gwp_factor`) : null;
  // With a duration the API allocates embedded linearly, capped at the whole lifecycle (Impact.allocate).
  const allocation: TBoaviztaResource["allocation"] =
    durationHours === null
      ? "unknown"
      : lifetimeHours !== null && compareDecimals(durationHours, lifetimeHours) >= 0
        ? "unallocated"
        : "allocated";
  return {
    kind: kindOf(verbose),
    durationHours,
    lifetimeHours,
    location: location && typeof location.value === "string" ? location.value : null,
    defaultLocation: location?.status === "DEFAULT",
    electricityFactor:
      factorValue === null ? null : { value: factorValue, unit: normaliseUnit(factor?.unit ?? "kgCO2eq/kWh") },
    allocation,
  };
}
