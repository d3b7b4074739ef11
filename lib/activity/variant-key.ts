import type { TResolution } from "@/lib/calc";

// The variant key of an activity's lines: what the year-over-year comparison (lib/reporting/year-over-year.ts)
// matches across periods besides activity type and site (docs/methodology.md, year-over-year). It is the
// option values the engine chose the factor for (fuel, network, seat class, contrails, country, spend ratio
// category and purpose, waste treatment, freight direction), the flight's leg-km band and the factor unit
// (quantities in different units cannot be compared) — but never the factor's id, year or release: a newer
// ratio year or release of the same variant is a factor effect, not a new group.

// Left out: the GWP set (AR5 → AR6 is a new factor for the same gas), and what only scales the quantity
// (hosting PUE, capital-goods method and lifetime: the quantity change is an activity effect).
const LEFT_OUT = new Set(["gwpSet", "pue", "capitalGoodsMethod", "lifetimeYears"]);

// The engine shares one frozen resolution between the activities of a plan: build each key once (bulk
// saves write tens of thousands of lines).
const cache = new WeakMap<object, Map<string, string>>();

/** e.g. "unit=p.km;band=1000-2000;contrails=true;seatClass=101_220"; "unit=kWh" for a type without variants. */
export function variantKeyOf(resolution: Pick<TResolution, "variant" | "legKmBand">, factorUnit: string): string {
  let byUnit = cache.get(resolution);
  if (!byUnit) cache.set(resolution, (byUnit = new Map()));
  let key = byUnit.get(factorUnit);
  if (key === undefined) byUnit.set(factorUnit, (key = build(resolution, factorUnit)));
  return key;
}

function build(resolution: Pick<TResolution, "variant" | "legKmBand">, factorUnit: string): string {
  const parts = [`unit=${factorUnit}`];
  if (resolution.legKmBand) parts.push(`band=${resolution.legKmBand[0]}-${resolution.legKmBand[1] ?? "max"}`);
  const variant = resolution.variant as Record<string, unknown>;
  for (const name of Object.keys(variant).sort()) {
    const value = variant[name];
    if (LEFT_OUT.has(name) || value === undefined || value === null) continue;
    parts.push(`${name}=${String(value)}`);
  }
  return parts.join(";");
}
