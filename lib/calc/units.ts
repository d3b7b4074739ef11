import { CalcError } from "@/lib/calc/errors";

// Units the engine accepts, grouped by dimension. Conversions only happen inside one dimension; anything
// else (kWh → L, km → p.km, m³ of gas → kWh) needs physical data the user must state, so it throws.
export const DIMENSIONS = [
  "energy",
  "volume",
  "mass",
  "distance",
  "passenger_distance",
  "freight",
  "lodging",
  "night",
  "money",
  "data",
  "time",
  "count",
  "area",
  "person_day",
  "meal",
  "email",
  "data_storage",
  "emissions", // a footprint another tool assessed (Boavizta…), booked through the identity factor
] as const;
export type TDimension = (typeof DIMENSIONS)[number];

// Heating-value basis of a fuel energy unit: PCS = gross (higher) CV, PCI = net (lower) CV. Plain kWh
// (electricity, heat) has none, and never converts to a fuel basis silently.
export type THeatingBasis = "PCS" | "PCI" | null;

interface UnitDef {
  readonly dimension: TDimension;
  readonly num: number; // size in the dimension's base unit = num / den (kept as a ratio so 1 MJ = 1/3.6 kWh
  readonly den: number; //   and 18,000 € = 18 k€ convert without binary rounding)
  readonly basis: THeatingBasis;
}

const u = (dimension: TDimension, num = 1, den = 1, basis: THeatingBasis = null): UnitDef => ({
  dimension,
  num,
  den,
  basis,
});

const UNIT_TABLE = {
  Wh: u("energy", 1, 1000),
  kWh: u("energy"),
  MWh: u("energy", 1000),
  GWh: u("energy", 1_000_000),
  MJ: u("energy", 1, 3.6),
  GJ: u("energy", 1000, 3.6),
  kWh_PCS: u("energy", 1, 1, "PCS"),
  MWh_PCS: u("energy", 1000, 1, "PCS"),
  kWh_PCI: u("energy", 1, 1, "PCI"),
  MWh_PCI: u("energy", 1000, 1, "PCI"),
  L: u("volume"),
  m3: u("volume", 1000),
  g: u("mass", 1, 1000),
  kg: u("mass"),
  t: u("mass", 1000),
  km: u("distance"),
  "vehicle.km": u("distance"),
  mile: u("distance", 1.609344), // international mile
  "p.km": u("passenger_distance"),
  "p.mile": u("passenger_distance", 1.609344),
  "t.km": u("freight"),
  "room.night": u("lodging"),
  night: u("night"),
  EUR: u("money"),
  kEUR: u("money", 1000), // amounts excluding VAT, in euros of the activity's year
  MB: u("data", 1, 1000),
  GB: u("data"),
  TB: u("data", 1000), // decimal multiples, as networks bill
  minute: u("time", 1, 60),
  hour: u("time"),
  unit: u("count"),
  m2: u("area"),
  "person.day": u("person_day"),
  meal: u("meal"),
  email: u("email"),
  "GB.year": u("data_storage"),
  gCO2e: u("emissions", 1, 1000),
  kgCO2e: u("emissions"),
  tCO2e: u("emissions", 1000),
} as const satisfies Record<string, UnitDef>;

export type TUnit = keyof typeof UNIT_TABLE;
export const UNITS = Object.keys(UNIT_TABLE) as TUnit[];

// Spellings users and files commonly use for the same units.
const SPELLINGS: Readonly<Record<string, TUnit>> = {
  "€": "EUR",
  "k€": "kEUR",
  "m³": "m3",
  l: "L",
  litre: "L",
  liter: "L",
  tonne: "t",
  pkm: "p.km",
  "passenger.km": "p.km",
  tkm: "t.km",
  "m²": "m2",
  "e-mail": "email",
  kgCO2eq: "kgCO2e",
  "kg CO2e": "kgCO2e",
  "kg CO2eq": "kgCO2e",
};

const UNIT_BY_CODE = new Map<string, UnitDef>(Object.entries(UNIT_TABLE));

export function normalizeUnit(code: string): TUnit {
  if (UNIT_BY_CODE.has(code)) return code as TUnit;
  const spelled = SPELLINGS[code];
  if (spelled) return spelled;
  throw new CalcError("UNKNOWN_UNIT", `unknown unit "${code}"`, { unit: code });
}

export function isKnownUnit(code: string): boolean {
  return UNIT_BY_CODE.has(code) || code in SPELLINGS;
}

function def(code: string): UnitDef {
  return UNIT_BY_CODE.get(code) ?? (UNIT_BY_CODE.get(normalizeUnit(code)) as UnitDef);
}

export function dimensionOf(code: string): TDimension {
  return def(code).dimension;
}

export function heatingBasisOf(code: string): THeatingBasis {
  return def(code).basis;
}

export interface TConversionOptions {
  // Gross/net calorific value ratio of the fuel (natural gas: PCS = 1.111 × PCI). Required to cross bases.
  pcsPerPci?: number;
}

// value_in_to = value_in_from × mul / div. Kept as two numbers so hot paths can cache it per unit pair.
export interface TConversion {
  readonly mul: number;
  readonly div: number;
}

export function conversion(from: string, to: string, options: TConversionOptions = {}): TConversion {
  const a = def(from);
  const b = def(to);
  if (a.dimension !== b.dimension) {
    throw new CalcError("INCOMPATIBLE_UNITS", `cannot convert ${from} (${a.dimension}) to ${to} (${b.dimension})`, {
      from,
      to,
    });
  }
  let mul = a.num * b.den;
  let div = a.den * b.num;
  if (a.basis !== b.basis) {
    if (a.basis === null || b.basis === null) {
      throw new CalcError("INCOMPATIBLE_UNITS", `${from} → ${to}: state the heating-value basis (PCS or PCI)`, {
        from,
        to,
      });
    }
    const ratio = options.pcsPerPci;
    if (ratio === undefined || !(ratio > 0)) {
      throw new CalcError("INCOMPATIBLE_UNITS", `${from} → ${to} needs the fuel's PCS/PCI ratio`, { from, to });
    }
    // The same gas holds `ratio` times more energy counted at PCS than at PCI.
    if (a.basis === "PCS") div *= ratio;
    else mul *= ratio;
  }
  return { mul, div };
}

export function convert(value: number, from: string, to: string, options?: TConversionOptions): number {
  const { mul, div } = conversion(from, to, options);
  return (value * mul) / div;
}
