// The data-entry form's values (what the inputs hold: text) and the payload sent to the server actions.
// Numbers are read in the user's locale here ("1 250,5" in French, "1,250.5" in English) and sent in plain
// notation (or as numbers where the schema wants one); text that does not read as a number is sent as
// typed, so the shared schema reports it. Only the chosen type's option fields are sent, and never a status.
import type { TPickedFactor } from "@/components/activity/factor-picker-field";
import type { TMarketInstrumentValue } from "@/components/activity/market-instrument-field";
import type { TDataQuality } from "@/lib/activity/data-quality";
import type { TFormOptionKey } from "@/lib/activity/form-options";
import { parseUserNumber } from "@/lib/numbers/user-number";

export type TActivityFormValues = {
  periodId: string;
  activityTypeId: string;
  flightMode: "airports" | "distance";
  hostingMode: "energy" | "servers"; // hosting: metered kWh, or servers × power × hours
  quantity: string;
  unit: string;
  region: string; // the activity's country (hosting: where the servers run); empty = the site's, else the organisation's
  activityDate: string;
  siteId: string;
  productId: string;
  label: string;
  description: string;
  uncertaintyPct: string;
  dataQuality: TDataQuality | null;
  libraryFactor: TPickedFactor | null; // null = the activity type's default factor
  marketInstrument: TMarketInstrumentValue | null; // electricity only
  options: {
    seatClass: string;
    fuel: string;
    network: string;
    country: string;
    ratioCategory: string;
    purpose: string;
    direction: string;
    treatment: string;
    lifetimeYears: string;
    pue: string;
    airports: { from: string; to: string; returnTrip: boolean; passengers: string };
    servers: { count: string; watts: string; hours: string };
  };
};

export const EMPTY_OPTIONS: TActivityFormValues["options"] = {
  seatClass: "",
  fuel: "",
  network: "",
  country: "",
  ratioCategory: "",
  purpose: "",
  direction: "",
  treatment: "",
  lifetimeYears: "",
  pue: "",
  airports: { from: "", to: "", returnTrip: false, passengers: "1" },
  servers: { count: "", watts: "", hours: "" },
};

const number = (text: string, locale: string) => (text.trim() === "" ? "" : (parseUserNumber(text, locale) ?? text));
// Options the schema takes as numbers (lifetime, PUE): a readable text becomes a number, else stays text
// so the schema's message names the field.
const numeric = (text: string, locale: string) => {
  const plain = parseUserNumber(text, locale);
  return plain === null ? text : Number(plain);
};
const integer = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

// periodHours: what an empty "hours" means for servers (the whole period).
type TPayloadContext = { electricity?: boolean; periodHours?: number | null };

export function toActivityPayload(
  values: TActivityFormValues,
  optionKeys: readonly TFormOptionKey[],
  locale: string,
  { electricity = false, periodHours = null }: TPayloadContext = {},
) {
  const o = values.options;
  const options: Record<string, unknown> = {};
  const flightByAirports = optionKeys.includes("airports") && values.flightMode === "airports";
  if (optionKeys.includes("airports")) {
    if (o.seatClass) options.seatClass = o.seatClass;
    if (flightByAirports)
      options.airports = {
        from: o.airports.from,
        to: o.airports.to,
        returnTrip: o.airports.returnTrip,
        passengers: integer(o.airports.passengers),
      };
  }
  for (const key of ["fuel", "network", "country", "ratioCategory", "purpose", "direction", "treatment"] as const)
    if (optionKeys.includes(key) && o[key]) options[key] = o[key];
  for (const key of ["lifetimeYears", "pue"] as const)
    if (optionKeys.includes(key) && o[key].trim() !== "") options[key] = numeric(o[key], locale);
  const byServers = optionKeys.includes("servers") && values.hostingMode === "servers";
  if (byServers) {
    const hours =
      o.servers.hours.trim() === "" && periodHours !== null ? periodHours : numeric(o.servers.hours, locale);
    options.servers = { count: integer(o.servers.count), watts: numeric(o.servers.watts, locale), hours };
  }
  const derivedQuantity = flightByAirports || byServers;
  const instrument = electricity ? values.marketInstrument : null;
  return {
    periodId: values.periodId,
    activityTypeId: values.activityTypeId,
    quantity: derivedQuantity ? "" : number(values.quantity, locale),
    unit: derivedQuantity ? "" : values.unit,
    region: values.region,
    activityDate: values.activityDate,
    siteId: values.siteId,
    productId: values.productId,
    label: values.label,
    description: values.description,
    uncertaintyPct: number(values.uncertaintyPct, locale),
    dataQuality: values.dataQuality,
    libraryFactorId: values.libraryFactor?.ref ?? null,
    marketInstrument:
      instrument && "kgCO2ePerKWh" in instrument
        ? { ...instrument, kgCO2ePerKWh: number(instrument.kgCO2ePerKWh ?? "", locale) }
        : instrument,
    options,
  };
}
export type TActivityPayload = ReturnType<typeof toActivityPayload>;

type TStored = {
  periodId: string;
  activityTypeId: string;
  quantity: string;
  unit: string;
  region?: string | null;
  activityDate: string | null;
  siteId: string | null;
  productId: string | null;
  label: string | null;
  description: string | null;
  uncertaintyPct: string | null;
  dataQuality?: string | null;
  marketInstrument?: unknown;
  options: Record<string, unknown>;
};

const instrumentFromStored = (
  stored: unknown,
  formatNumber: (value: string) => string,
): TMarketInstrumentValue | null => {
  if (stored === null || typeof stored !== "object" || !("kind" in stored)) return null;
  // Empty sub-fields are stored as null; the inputs hold text.
  const i = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== null)) as TMarketInstrumentValue;
  return { ...i, ...(i.kgCO2ePerKWh === undefined ? {} : { kgCO2ePerKWh: formatNumber(String(i.kgCO2ePerKWh)) }) };
};

/**
 * A stored line as the form shows it: numbers in the user's locale, a flight by airports when it was, the
 * chosen library factor as the page found it in the organisation's library.
 */
export function valuesFromStored(
  stored: TStored,
  formatNumber: (value: string) => string,
  libraryFactor: TPickedFactor | null = null,
): TActivityFormValues {
  const o = stored.options;
  const airports = o.airports as { from: string; to: string; returnTrip?: boolean; passengers?: number } | undefined;
  const text = (key: string) => (typeof o[key] === "string" ? (o[key] as string) : "");
  const num = (key: string) => (typeof o[key] === "number" ? formatNumber(String(o[key])) : "");
  const servers = o.servers as { count: number; watts: number; hours: number } | undefined;
  return {
    periodId: stored.periodId,
    activityTypeId: stored.activityTypeId,
    flightMode: airports ? "airports" : "distance",
    hostingMode: servers ? "servers" : "energy",
    quantity: airports || servers ? "" : formatNumber(stored.quantity),
    unit: airports || servers ? "" : stored.unit,
    region: stored.region ?? "",
    activityDate: stored.activityDate ?? "",
    siteId: stored.siteId ?? "",
    productId: stored.productId ?? "",
    label: stored.label ?? "",
    description: stored.description ?? "",
    uncertaintyPct: stored.uncertaintyPct === null ? "" : formatNumber(stored.uncertaintyPct),
    dataQuality: (stored.dataQuality ?? null) as TDataQuality | null,
    libraryFactor,
    marketInstrument: instrumentFromStored(stored.marketInstrument ?? null, formatNumber),
    options: {
      seatClass: text("seatClass"),
      fuel: text("fuel"),
      network: text("network"),
      country: text("country"),
      ratioCategory: text("ratioCategory"),
      purpose: text("purpose"),
      direction: text("direction"),
      treatment: text("treatment"),
      lifetimeYears: num("lifetimeYears"),
      pue: num("pue"),
      airports: airports
        ? {
            from: airports.from,
            to: airports.to,
            returnTrip: airports.returnTrip ?? false,
            passengers: String(airports.passengers ?? 1),
          }
        : EMPTY_OPTIONS.airports,
      servers: servers
        ? {
            count: String(servers.count),
            watts: formatNumber(String(servers.watts)),
            hours: formatNumber(String(servers.hours)),
          }
        : EMPTY_OPTIONS.servers,
    },
  };
}

/** A blank line for a period and the category's first type. */
export function blankValues(periodId: string, type: { id: string; units: string[] } | undefined): TActivityFormValues {
  return {
    periodId,
    activityTypeId: type?.id ?? "",
    flightMode: "airports",
    hostingMode: "energy",
    quantity: "",
    unit: type?.units[0] ?? "",
    region: "",
    activityDate: "",
    siteId: "",
    productId: "",
    label: "",
    description: "",
    uncertaintyPct: "",
    dataQuality: null,
    libraryFactor: null,
    marketInstrument: null,
    options: EMPTY_OPTIONS,
  };
}
