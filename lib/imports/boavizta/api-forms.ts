import {
  optionalText,
  optionalUserDecimal,
  optionalUserInteger,
  requiredText,
  userDecimal,
  ZId,
  z,
} from "@/lib/validation";

// The two BoaviztAPI forms (a server, a cloud instance), built for the user's locale so "1 250,5" reads in
// French as in the browser. Each field maps to BoaviztAPI's own request model (boaviztapi 2.4.1
// dto/device/device.py Server/Cloud, dto/component/{cpu,ram,disk}.py, dto/usage/usage.py UsageServer/
// UsageCloud); empty fields are left out so the API's archetype defaults apply.

const HOURS_PER_YEAR = 8760;

// A NATO trigram as BoaviztAPI's usage_location expects (FRA, DEU, IRL, EEE for the European mix).
const ZLocation = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.union([z.literal(""), z.string().regex(/^[A-Z]{3}$/, { error: "validation.invalid" })]),
);

const common = (locale: string) => ({
  periodId: ZId,
  name: requiredText(120),
  // The hours the figures cover (BoaviztAPI's `duration`): the API scales embedded and use to them.
  hours: userDecimal(locale, { min: 1, max: 876_000, maxFractionDigits: 2 }),
  loadPct: optionalUserDecimal(locale, { min: 0, max: 100, maxFractionDigits: 2 }),
  location: ZLocation,
});

export const zBoaviztaServerForm = (locale: string) =>
  z.strictObject({
    ...common(locale),
    cpuName: optionalText(120),
    cpuUnits: optionalUserInteger(locale, { min: 1, max: 16 }),
    cpuCores: optionalUserInteger(locale, { min: 1, max: 1024 }),
    cpuTdp: optionalUserInteger(locale, { min: 1, max: 2000 }),
    ramModules: optionalUserInteger(locale, { min: 1, max: 256 }),
    ramGb: optionalUserInteger(locale, { min: 1, max: 4096 }),
    ssdUnits: optionalUserInteger(locale, { min: 1, max: 256 }),
    ssdGb: optionalUserInteger(locale, { min: 1, max: 1_000_000 }),
    hddUnits: optionalUserInteger(locale, { min: 1, max: 256 }),
    hddGb: optionalUserInteger(locale, { min: 1, max: 1_000_000 }),
    lifetimeYears: optionalUserDecimal(locale, { min: 1, max: 30, maxFractionDigits: 2 }),
    usePct: optionalUserDecimal(locale, { min: 0, max: 100, maxFractionDigits: 2 }),
    // Applied by Albedo on use only, as for an uploaded file (choices.ts): BoaviztAPI applies no PUE.
    pue: optionalUserDecimal(locale, { min: 1, max: 5, maxFractionDigits: 3 }),
  });
export type TBoaviztaServerFormInput = z.input<ReturnType<typeof zBoaviztaServerForm>>;
export type TBoaviztaServerForm = z.output<ReturnType<typeof zBoaviztaServerForm>>;

export const zBoaviztaCloudForm = (locale: string) =>
  z.strictObject({
    ...common(locale),
    provider: requiredText(40).regex(/^[a-z0-9_-]+$/, { error: "validation.invalid" }),
    instanceType: requiredText(80).regex(/^[A-Za-z0-9._-]+$/, { error: "validation.invalid" }),
    region: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      z.union([z.literal(""), z.string().regex(/^[a-z0-9-]{2,40}$/, { error: "validation.invalid" })]),
    ),
  });
export type TBoaviztaCloudFormInput = z.input<ReturnType<typeof zBoaviztaCloudForm>>;
export type TBoaviztaCloudForm = z.output<ReturnType<typeof zBoaviztaCloudForm>>;

/** A BoaviztAPI call: the route, its `duration` (hours) and the JSON body. verbose=false is always sent. */
export type TBoaviztaApiCall = {
  route: "server" | "cloud_instance";
  duration: number;
  body: Record<string, unknown>;
};

const num = (decimal: string | null) => (decimal === null ? undefined : Number(decimal));
/** The object without its undefined entries, or undefined when nothing is left. */
function compact(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(o).filter(([, v]) => v !== undefined);
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}
const unitOf = (units: number | null, capacity: number | null) =>
  units === null && capacity === null ? undefined : [compact({ units: units ?? 1, capacity: capacity ?? undefined })];

export function serverCall(form: TBoaviztaServerForm): TBoaviztaApiCall {
  const cpu = compact({
    units: form.cpuUnits ?? undefined,
    core_units: form.cpuCores ?? undefined,
    tdp: form.cpuTdp ?? undefined,
    name: form.cpuName ?? undefined,
  });
  const ssd = unitOf(form.ssdUnits, form.ssdGb)?.map((d) => ({ ...d, type: "ssd" })) ?? [];
  const hdd = unitOf(form.hddUnits, form.hddGb)?.map((d) => ({ ...d, type: "hdd" })) ?? [];
  const lifetime = num(form.lifetimeYears);
  const usePct = num(form.usePct);
  const body = compact({
    configuration: compact({
      cpu,
      ram: unitOf(form.ramModules, form.ramGb),
      disk: ssd.length + hdd.length === 0 ? undefined : [...ssd, ...hdd],
    }),
    usage: compact({
      usage_location: form.location || undefined,
      hours_life_time: lifetime === undefined ? undefined : lifetime * HOURS_PER_YEAR,
      time_workload: num(form.loadPct),
      use_time_ratio: usePct === undefined ? undefined : usePct / 100,
    }),
  });
  return { route: "server", duration: Number(form.hours), body: body ?? {} };
}

export function cloudCall(form: TBoaviztaCloudForm): TBoaviztaApiCall {
  const usage = compact({
    usage_location: form.location || undefined,
    region: form.region || undefined, // BoaviztAPI ≥ 2.0.3 maps it to a location; older versions ignore it
    time_workload: num(form.loadPct),
  });
  return {
    route: "cloud_instance",
    duration: Number(form.hours),
    body: { provider: form.provider, instance_type: form.instanceType, ...(usage ? { usage } : {}) },
  };
}

/** The file name the import keeps: the form's kind and the resource's name, safe for a download. */
export function apiFileName(route: TBoaviztaApiCall["route"], name: string): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "resource";
  return `boaviztapi-${route === "server" ? "server" : "cloud"}-${slug}.json`;
}
