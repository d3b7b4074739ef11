import { looksLikeApiResponse, readApiResponse, type TApiReading } from "./api-response";
import { BoaviztaParseError } from "./errors";
import type { TBoaviztaImport, TBoaviztaResource } from "./model";

// BoaviztAPI responses one per resource, as a JSON array or JSON Lines, each either bare or annotated with
// the resource it describes: {"name": "web-1", ...response} or {"name": "web-1", "response": {...}}.
// One file is one API version: mixing shapes would mix allocation conventions (v0.x manufacture is the
// lifecycle total), so it is refused.

const NAME_KEYS = ["name", "resource", "resource_name"] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function unwrap(element: unknown): { name: string | null; response: unknown } {
  if (!isObject(element)) return { name: null, response: element };
  const nameKey = NAME_KEYS.find((k) => typeof element[k] === "string");
  if (!nameKey) return { name: null, response: element };
  const { [nameKey]: name, ...rest } = element;
  const keys = Object.keys(rest);
  const response = keys.length === 1 && keys[0] === "response" ? rest.response : rest;
  return { name: String(name), response };
}

/** True when every element is a (possibly annotated) BoaviztAPI response. */
export const looksLikeApiBatch = (elements: unknown[]): boolean =>
  elements.length > 0 && elements.every((e) => looksLikeApiResponse(unwrap(e).response));

export function readApiBatch(elements: unknown[], lineOf: (index: number) => string): TBoaviztaImport {
  const readings: Array<{ name: string; reading: TApiReading }> = [];
  const names = new Set<string>();
  elements.forEach((element, i) => {
    const { name, response } = unwrap(element);
    const where = lineOf(i);
    const reading = readApiResponse(response, where);
    const first = readings[0]?.reading.version;
    if (first && first !== reading.version) {
      throw new BoaviztaParseError("boaviztaMixedVersions", { first, other: reading.version, where });
    }
    const resourceName = name ?? `#${i + 1}`;
    if (names.has(resourceName)) throw new BoaviztaParseError("boaviztaDuplicateResource", { name: resourceName });
    names.add(resourceName);
    readings.push({ name: resourceName, reading });
  });
  return apiImport(readings, "boaviztapi-batch");
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
