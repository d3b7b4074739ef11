import { looksLikeApiResponse, readApiResponse, type TApiReading } from "./api-response";
import { readRequestRecord, withRequestFacts } from "./api-request-record";
import { BoaviztaParseError } from "./errors";
import type { TBoaviztaImport, TBoaviztaResource } from "./model";

// BoaviztAPI responses one per resource, as a JSON array or JSON Lines, each either bare or annotated with
// the resource it describes: {"name": "web-1", ...response} or {"name": "web-1", "response": {...}}, the latter
// optionally with the request that produced it ({"name", "request", "response"}: Albedo's BoaviztAPI forms,
// api-request-record.ts).
// One file is one API version: mixing shapes would mix allocation conventions (v0.x manufacture is the
// lifecycle total), so it is refused.

const NAME_KEYS = ["name", "resource", "resource_name"] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function unwrap(element: unknown): { name: string | null; response: unknown; request?: unknown } {
  if (!isObject(element)) return { name: null, response: element };
  const nameKey = NAME_KEYS.find((k) => typeof element[k] === "string");
  if (!nameKey) return { name: null, response: element };
  const { [nameKey]: name, ...rest } = element;
  const keys = Object.keys(rest).sort().join(",");
  if (keys === "response") return { name: String(name), response: rest.response };
  if (keys === "request,response") return { name: String(name), response: rest.response, request: rest.request };
  return { name: String(name), response: rest };
}

/** True when every element is a (possibly annotated) BoaviztAPI response. */
export const looksLikeApiBatch = (elements: unknown[]): boolean =>
  elements.length > 0 && elements.every((e) => looksLikeApiResponse(unwrap(e).response));

export function readApiBatch(elements: unknown[], lineOf: (index: number) => string): TBoaviztaImport {
  const readings: Array<{ name: string; reading: TApiReading }> = [];
  const names = new Set<string>();
  const printed = new Set<string>(); // API versions the requests recorded (GET /v1/utils/version)
  elements.forEach((element, i) => {
    const { name, response, request } = unwrap(element);
    const where = lineOf(i);
    const read = readApiResponse(response, where);
    const record = request === undefined ? null : readRequestRecord(request, `${where} request`);
    const reading = record ? withRequestFacts(read, record, where) : read;
    if (record?.apiVersion) printed.add(record.apiVersion);
    const first = readings[0]?.reading.version;
    if (first && first !== reading.version) {
      throw new BoaviztaParseError("boaviztaMixedVersions", { first, other: reading.version, where });
    }
    const resourceName = name ?? `#${i + 1}`;
    if (names.has(resourceName)) throw new BoaviztaParseError("boaviztaDuplicateResource", { name: resourceName });
    names.add(resourceName);
    readings.push({ name: resourceName, reading });
  });
  const result = apiImport(readings, "boaviztapi-batch");
  return printed.size === 1 ? { ...result, apiVersion: [...printed][0] ?? result.apiVersion } : result;
}

export function apiImport(
  readings: Array<{ name: string; reading: TApiReading }>,
  format: TBoaviztaImport["format"],
): TBoaviztaImport {
  const version = readings[0]?.reading.version;
  if (!version) throw new BoaviztaParseError("boaviztaEmpty");
  return {
    tool: "boaviztapi",
    format,
    formatVersion: version,
    toolVersion: null,
    apiVersion: version,
    verbose: readings.some((r) => r.reading.verbose),
    resources: readings.map(({ name, reading }): TBoaviztaResource => ({ name, ...reading.resource })),
    warnings: [],
  };
}
