import { z } from "zod";
import type { TBoaviztaApiCall } from "./api-forms";
import { looksLikeApiResponse, readApiResponse } from "./api-response";
import { BoaviztaParseError } from "./errors";

// A small client for a self-hosted BoaviztAPI (v1.x–v2.x: every route is under /v1). It never writes:
// it returns the response's exact text for the import pipeline, or a BoaviztApiError saying what went
// wrong (unreachable, too slow, refused with the API's own message, or an answer the parser refuses).

export const BOAVIZTAPI_TIMEOUT_MS = 20_000;
const LIST_TIMEOUT_MS = 5_000; // the form's choices: a slow API must not hold the page
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

export type TBoaviztApiFailure = "unreachable" | "timeout" | "status" | "invalid";

export class BoaviztApiError extends Error {
  constructor(
    readonly reason: TBoaviztApiFailure,
    readonly detail: string = "",
    readonly status: number | null = null,
  ) {
    super(`BoaviztAPI ${reason}${status === null ? "" : ` ${status}`}${detail ? `: ${detail}` : ""}`);
    this.name = "BoaviztApiError";
  }
}

type TOptions = { timeoutMs?: number };

const ROUTES = { server: "/v1/server/", cloud_instance: "/v1/cloud/instance" } as const;

// FastAPI's refusals: {"detail": "…"} (HTTPException) or {"detail": [{"loc", "msg"}]} (request validation).
const ZFastApiError = z.object({
  detail: z.union([z.string(), z.array(z.object({ msg: z.string(), loc: z.array(z.unknown()).optional() }))]),
});

function refusal(text: string): string {
  try {
    const parsed = ZFastApiError.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { detail } = parsed.data;
      return typeof detail === "string"
        ? detail
        : detail.map((d) => `${(d.loc ?? []).filter((l) => l !== "body").join(".")}: ${d.msg}`).join("; ");
    }
  } catch {
    // not JSON: the text itself, shortened below
  }
  return text;
}

async function request(url: string, init: RequestInit, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === "TimeoutError" || name === "AbortError") throw new BoaviztApiError("timeout", `${timeoutMs} ms`);
    throw new BoaviztApiError("unreachable", (err as { cause?: { code?: string } }).cause?.code ?? "");
  }
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    const name = (err as { name?: string }).name;
    throw new BoaviztApiError(name === "TimeoutError" ? "timeout" : "unreachable", `${timeoutMs} ms`);
  }
  if (!response.ok) {
    throw new BoaviztApiError("status", refusal(text).replace(/\s+/g, " ").trim().slice(0, 300), response.status);
  }
  if (text.length > MAX_RESPONSE_BYTES) throw new BoaviztApiError("invalid", "response too large");
  return text;
}

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BoaviztApiError("invalid", "not JSON");
  }
}

/**
 * POSTs one assessment (verbose=false, the call's duration) and returns the response as parsed JSON, after
 * checking the Boavizta reader accepts it: an answer it would refuse never reaches the import.
 */
export async function postImpacts(baseUrl: string, call: TBoaviztaApiCall, options: TOptions = {}): Promise<unknown> {
  const query = new URLSearchParams({ verbose: "false", duration: String(call.duration) });
  const text = await request(
    `${baseUrl}${ROUTES[call.route]}?${query}`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(call.body) },
    options.timeoutMs ?? BOAVIZTAPI_TIMEOUT_MS,
  );
  const response = json(text);
  if (!looksLikeApiResponse(response)) throw new BoaviztApiError("invalid", "not a BoaviztAPI response");
  try {
    readApiResponse(response, "response");
  } catch (err) {
    if (err instanceof BoaviztaParseError) throw new BoaviztApiError("invalid", err.key);
    throw err;
  }
  return response;
}

const ZNames = z.array(z.string().min(1).max(80)).max(5000);

async function names(url: string, options: TOptions): Promise<string[]> {
  const parsed = ZNames.safeParse(json(await request(url, { method: "GET" }, options.timeoutMs ?? LIST_TIMEOUT_MS)));
  if (!parsed.success) throw new BoaviztApiError("invalid", "not a list of names");
  return parsed.data;
}

/** GET /v1/cloud/instance/all_providers: aws, azure, gcp… */
export const listProviders = (baseUrl: string, options: TOptions = {}) =>
  names(`${baseUrl}/v1/cloud/instance/all_providers`, options);

/** GET /v1/cloud/instance/all_instances?provider=…: the provider's instance types. */
export const listInstanceTypes = (baseUrl: string, provider: string, options: TOptions = {}) =>
  names(`${baseUrl}/v1/cloud/instance/all_instances?${new URLSearchParams({ provider })}`, options);

/** GET /v1/utils/version: the version string ("2.4.1"), or null when the API does not say. */
export async function apiVersion(baseUrl: string, options: TOptions = {}): Promise<string | null> {
  try {
    const parsed = z
      .string()
      .min(1)
      .max(40)
      .safeParse(
        json(await request(`${baseUrl}/v1/utils/version`, { method: "GET" }, options.timeoutMs ?? LIST_TIMEOUT_MS)),
      );
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // older versions have no such route; the version is informative only
  }
}

/** Providers and each one's instance types, for the cloud form; null when the API could not list them. */
export async function cloudCatalogue(
  baseUrl: string,
  options: TOptions = {},
): Promise<{ providers: string[]; instances: Record<string, string[]> } | null> {
  try {
    const providers = await listProviders(baseUrl, options);
    const lists = await Promise.all(providers.map((p) => listInstanceTypes(baseUrl, p, options).catch(() => [])));
    return { providers, instances: Object.fromEntries(providers.map((p, i) => [p, lists[i] ?? []])) };
  } catch (err) {
    if (err instanceof BoaviztApiError) return null;
    throw err;
  }
}
