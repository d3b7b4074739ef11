import { z } from "zod";
import { readApiResponse, looksLikeApiResponse } from "./api-response";
import { BoaviztaParseError } from "./errors";
import { emptyResource, type TBoaviztaImpact, type TBoaviztaImport, type TBoaviztaResource } from "./model";
import { exactNumber } from "./numbers";
import { mergeRawData } from "./cloud-scanner-raw";

// cloud-scanner `estimate` JSON in its six historical shapes (boavizta-formats.md §2.1):
//  0.0.x            [ {instance_id, instance_type, usage_data:{hours_use_time, usage_location}, impacts: API v0.x | {}} ]
//  0.1–0.3.0-a2     [ {cloud_resource, resource_impacts | null, impacts_duration_hours} ]
//  0.3.0-a3–2.0.3   {impacts: [same], executionStatistics}
//  2.0.4–2.0.5      {impactingResources: [{cloud_resource, impacts_values | null, …}], executionStatistics}
//  3.0–3.1          {impacting_resources: […], execution_statistics}
//  3.2+             {metadata: {cloud_scanner_version, boavizta_api_version, …}, impacting_resources: […]}
// Null or empty impacts = an instance type the API does not know: "not assessed", never 0.

const ZLegacyInstance = z.object({
  instance_id: z.string().min(1),
  instance_type: z.string(),
  usage_data: z.object({ hours_use_time: z.number(), usage_location: z.string().optional() }),
  impacts: z.record(z.string(), z.unknown()),
});

const ZFlatImpacts = z.object({
  adp_manufacture_kgsbeq: z.number(),
  adp_use_kgsbeq: z.number(),
  pe_manufacture_megajoules: z.number(),
  pe_use_megajoules: z.number(),
  gwp_manufacture_kgco2eq: z.number(),
  gwp_use_kgco2eq: z.number(),
  raw_data: z.unknown().optional(),
});
type TFlatImpacts = z.infer<typeof ZFlatImpacts>;

const ZCloudResource = z.object({
  provider: z.string(),
  id: z.string().min(1),
  location: z.object({ aws_region: z.string().optional(), iso_country_code: z.string().optional() }).optional(),
  resource_type: z.string().optional(), // up to 0.3.0-alpha3
  resource_details: z.union([z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))]).optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string().nullable().optional() })).optional(),
});

// resource_impacts up to 2.0.3, impacts_values since: the shape says which one must be there.
const ZEntry = z.object({
  cloud_resource: ZCloudResource,
  impacts_duration_hours: z.number(),
  resource_impacts: ZFlatImpacts.nullable().optional(),
  impacts_values: ZFlatImpacts.nullable().optional(),
});
type TImpactsKey = "resource_impacts" | "impacts_values";

const ZMetadata = z.object({
  cloud_scanner_version: z.string().optional(),
  boavizta_api_version: z.string().optional(),
});

const SHAPES = [
  {
    version: "3.2+",
    key: "impacting_resources",
    impacts: "impacts_values",
    root: z.object({ metadata: ZMetadata, impacting_resources: z.array(z.unknown()) }),
  },
  {
    version: "3.0-3.1",
    key: "impacting_resources",
    impacts: "impacts_values",
    root: z.object({ impacting_resources: z.array(z.unknown()) }),
  },
  {
    version: "2.0.4-2.0.5",
    key: "impactingResources",
    impacts: "impacts_values",
    root: z.object({ impactingResources: z.array(z.unknown()) }),
  },
  {
    version: "0.3.0-alpha3-2.0.3",
    key: "impacts",
    impacts: "resource_impacts",
    root: z.object({ impacts: z.array(z.unknown()), executionStatistics: z.unknown() }),
  },
] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** True when the JSON has one of cloud-scanner's shapes (checked in detail by readCloudScannerJson). */
export function looksLikeCloudScanner(json: unknown): boolean {
  if (Array.isArray(json))
    return json.length > 0 && json.every((e) => isObject(e) && ("instance_id" in e || "cloud_resource" in e));
  return (
    isObject(json) &&
    ("impacting_resources" in json ||
      "impactingResources" in json ||
      (Array.isArray(json.impacts) && "executionStatistics" in json))
  );
}

export function readCloudScannerJson(json: unknown): TBoaviztaImport {
  if (Array.isArray(json)) {
    if (json.every((e) => isObject(e) && "instance_id" in e))
      return build(
        "0.0.x",
        null,
        json.map((e, i) => legacyInstance(e, i)),
      );
    return build(
      "0.1-0.3.0-alpha2",
      null,
      json.map((e, i) => entry(e, i, "resource_impacts", "unknown")),
    );
  }
  for (const shape of SHAPES) {
    const root = shape.root.safeParse(json);
    if (!root.success) continue;
    const list = (root.data as Record<string, unknown[]>)[shape.key] ?? [];
    const meta = "metadata" in root.data ? ZMetadata.parse(root.data.metadata) : null;
    return build(
      shape.version,
      meta,
      list.map((e, i) => entry(e, i, shape.impacts, "allocated")),
    );
  }
  throw new BoaviztaParseError("boaviztaUnknownShape", { where: "cloud-scanner" });
}

function build(
  version: string,
  meta: z.infer<typeof ZMetadata> | null,
  resources: TBoaviztaResource[],
): TBoaviztaImport {
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.name)) throw new BoaviztaParseError("boaviztaDuplicateResource", { name: r.name });
    seen.add(r.name);
  }
  return {
    tool: "cloud-scanner",
    format: "cloud-scanner-json",
    formatVersion: version,
    toolVersion: meta?.cloud_scanner_version ?? null,
    apiVersion: meta?.boavizta_api_version ?? null,
    verbose: false,
    resources,
    warnings: [],
  };
}

function legacyInstance(e: unknown, i: number): TBoaviztaResource {
  const where = `#${i + 1}`;
  const parsed = ZLegacyInstance.safeParse(e);
  if (!parsed.success) throw new BoaviztaParseError("boaviztaUnknownShape", { where });
  const d = parsed.data;
  const r = emptyResource(d.instance_id, "cloud_instance");
  r.provider = "AWS";
  r.type = d.instance_type;
  r.location = d.usage_data.usage_location ?? null;
  r.durationHours = exactNumber(d.usage_data.hours_use_time, `${where} hours_use_time`);
  if (Object.keys(d.impacts).length === 0) return notAssessed(r);
  if (!looksLikeApiResponse(d.impacts)) throw new BoaviztaParseError("boaviztaUnknownShape", { where });
  const api = readApiResponse(d.impacts, where);
  r.impacts = api.resource.impacts;
  // cloud-scanner 0.0.x called API v0.x with allocation TOTAL: manufacture is the lifecycle total.
  r.allocation = "unallocated";
  r.notes.push("embeddedUnallocated");
  return r;
}

function notAssessed(r: TBoaviztaResource): TBoaviztaResource {
  r.assessed = false;
  r.impacts = [];
  r.notes.push("notAssessed");
  return r;
}

function entry(
  e: unknown,
  i: number,
  impactsKey: TImpactsKey,
  allocation: TBoaviztaResource["allocation"],
): TBoaviztaResource {
  const where = `#${i + 1}`;
  const parsed = ZEntry.safeParse(e);
  if (!parsed.success || parsed.data[impactsKey] === undefined)
    throw new BoaviztaParseError("boaviztaUnknownShape", { where });
  const cr = parsed.data.cloud_resource;
  const details = describe(cr);
  const r = emptyResource(cr.id, details.kind);
  r.provider = cr.provider;
  r.type = details.type;
  r.state = details.state;
  r.region = cr.location?.aws_region ?? null;
  r.location = cr.location?.iso_country_code ?? null;
  r.tags = Object.fromEntries((cr.tags ?? []).map((t) => [t.key, t.value ?? ""]));
  r.durationHours = exactNumber(parsed.data.impacts_duration_hours, `${where} impacts_duration_hours`);
  const flat = parsed.data[impactsKey];
  if (!flat) return notAssessed(r);
  r.allocation = allocation;
  if (allocation === "unknown") r.notes.push("allocationUnknown");
  r.impacts = flatImpacts(flat, where);
  if (r.kind === "block_storage") storageUse(r);
  mergeRawData(r, flat.raw_data, where);
  return r;
}

// cloud-scanner forces storage use to 0: a tool convention, kept as "no figure", never a measured zero.
function storageUse(r: TBoaviztaResource) {
  for (const i of r.impacts) {
    if (i.phase === "use" && i.value === "0") Object.assign(i, { status: "not_implemented", value: null });
  }
  r.notes.push("storageUseNotCounted");
}

function flatImpacts(f: TFlatImpacts, where: string): TBoaviztaImpact[] {
  const one = (criterion: string, phase: "embedded" | "use", unit: string, v: number): TBoaviztaImpact => ({
    criterion,
    phase,
    status: "value",
    value: exactNumber(v, `${where} ${criterion}.${phase}`),
    min: null,
    max: null,
    unit,
    significantFigures: null,
    warnings: [],
  });
  return [
    one("gwp", "embedded", "kgCO2eq", f.gwp_manufacture_kgco2eq),
    one("gwp", "use", "kgCO2eq", f.gwp_use_kgco2eq),
    one("adp", "embedded", "kgSbeq", f.adp_manufacture_kgsbeq),
    one("adp", "use", "kgSbeq", f.adp_use_kgsbeq),
    one("pe", "embedded", "MJ", f.pe_manufacture_megajoules),
    one("pe", "use", "MJ", f.pe_use_megajoules),
  ];
}

function describe(cr: z.infer<typeof ZCloudResource>): {
  kind: TBoaviztaResource["kind"];
  type: string | null;
  state: string | null;
} {
  const d = cr.resource_details;
  if (typeof d === "string") return { kind: /object/i.test(d) ? "object_storage" : "unknown", type: null, state: null };
  if (d) {
    const [variant, body] = Object.entries(d)[0] ?? ["", {}];
    const usage = isObject(body.usage) ? body.usage : {};
    const state = typeof usage.state === "string" ? usage.state.toLowerCase() : null;
    if (/^instance$/i.test(variant))
      return { kind: "cloud_instance", type: String(body.instance_type ?? "") || null, state };
    if (/^block_?storage$/i.test(variant))
      return { kind: "block_storage", type: String(body.storage_type ?? "") || null, state: null };
    if (/^object_?storage$/i.test(variant)) return { kind: "object_storage", type: null, state: null };
  }
  if (cr.resource_type && /instance/i.test(cr.resource_type))
    return { kind: "cloud_instance", type: null, state: null };
  return { kind: "unknown", type: null, state: null };
}
