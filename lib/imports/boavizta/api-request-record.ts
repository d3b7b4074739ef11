import { z } from "zod";
import type { TBoaviztaApiCall } from "./api-forms";
import type { TApiReading } from "./api-response";
import { BoaviztaParseError } from "./errors";
import { exactNumber } from "./numbers";

// What Albedo's BoaviztAPI forms (api-import.ts) write beside each response they import: the request that
// produced it. A non-verbose response does not say what it describes nor which period it covers; the
// request does (the route, the instance, the location asked, and `duration`, after which the API has
// already allocated embedded to the period — never allocated again here).

export const ZApiRequestRecord = z.strictObject({
  route: z.enum(["server", "cloud_instance"]),
  // The `duration` query parameter in hours; null: none sent, the figures cover the whole lifetime.
  duration: z.number().positive().max(876_000).nullable(),
  body: z.record(z.string(), z.unknown()),
  apiVersion: z.string().min(1).max(40).nullable(),
});
export type TApiRequestRecord = z.infer<typeof ZApiRequestRecord>;

const ZBodyFacts = z.object({
  provider: z.string().max(40).optional(),
  instance_type: z.string().max(80).optional(),
  usage: z
    .object({
      region: z.string().max(40).optional(),
      usage_location: z.string().max(8).optional(),
      hours_life_time: z.number().positive().optional(),
    })
    .optional(),
});

/** The record as written, or a clear refusal (never a half-read request). */
export function readRequestRecord(raw: unknown, where: string): TApiRequestRecord {
  const record = ZApiRequestRecord.safeParse(raw);
  const facts = record.success ? ZBodyFacts.safeParse(record.data.body) : null;
  if (!record.success || !facts?.success) throw new BoaviztaParseError("boaviztaUnknownShape", { where });
  return record.data;
}

/** The reading completed with what the request says; what the response itself says is kept first. */
export function withRequestFacts(reading: TApiReading, request: TApiRequestRecord, where: string): TApiReading {
  const body = ZBodyFacts.parse(request.body);
  const resource = { ...reading.resource };
  if (resource.kind === "unknown") resource.kind = request.route;
  resource.provider ??= body.provider ?? null;
  resource.type ??= body.instance_type ?? null;
  resource.region ??= body.usage?.region ?? null;
  resource.location ??= body.usage?.usage_location ?? null;
  const lifetime = body.usage?.hours_life_time;
  resource.lifetimeHours ??= lifetime === undefined ? null : exactNumber(lifetime, `${where} request`);
  const notes = new Set(resource.notes);
  // Neither a region nor a location asked: the API used its default European mix.
  if (resource.location === null && resource.region === null) notes.add("defaultLocation");
  if (request.duration !== null && resource.durationHours === null) {
    resource.durationHours = exactNumber(request.duration, `${where} request`);
    notes.delete("durationUnknown");
    // API v1.x–v2.x scale embedded by duration / lifetime when a duration is sent. The older shapes are
    // left as they are: v0.x and the v0.3 alphas took `allocation=TOTAL` instead (boavizta-formats.md §1.4).
    if (reading.version === "v1.x-v2.x") {
      resource.allocation = "allocated";
      notes.delete("allocationUnknown");
    }
  }
  resource.notes = [...notes];
  return { ...reading, resource };
}

/** The file a form's answer is imported as: deterministic for the same request and response. */
export function annotatedResponse(name: string, call: TBoaviztaApiCall, response: unknown, version: string | null) {
  const request: TApiRequestRecord = {
    route: call.route,
    duration: call.duration,
    body: call.body,
    apiVersion: version,
  };
  return Buffer.from(`${JSON.stringify([{ name, request, response }], null, 2)}\n`, "utf8");
}
