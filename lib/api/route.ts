import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import { authenticateApiToken, type TApiCaller } from "@/lib/api-tokens/authenticate";
import { consumeApiRate } from "@/lib/api-tokens/rate-limit";
import { apiError, knownErrorResponse } from "@/lib/api/errors";

export type TApiContext<P> = { request: Request; caller: TApiCaller; params: P };
type TRouteContext<P> = { params: Promise<P> };

/**
 * One route handler of /api/v1: the bearer token → 401; its per-minute budget → 429 with Retry-After; the
 * permission its role must hold (lib/permissions.ts, as in the app) → 403; then the handler, whose expected
 * errors become JSON answers. Everything it reads or writes is scoped by caller.organization.id.
 */
export function apiRoute<P = Record<string, never>>(
  permission: Permission,
  handler: (ctx: TApiContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: TRouteContext<P>): Promise<Response> => {
    try {
      const caller = await authenticateApiToken(db(), request.headers.get("authorization"));
      if (!caller) return apiError("UNAUTHENTICATED", {}, { "WWW-Authenticate": 'Bearer realm="albedo"' });
      const rate = await consumeApiRate(db(), caller.tokenId, env().API_RATE_LIMIT_PER_MINUTE);
      const rateHeaders = { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining) };
      if (!rate.allowed)
        return apiError("RATE_LIMITED", {}, { ...rateHeaders, "Retry-After": String(rate.retryAfterSeconds) });
      if (!can(caller.role, permission)) return apiError("FORBIDDEN");
      const response = await handler({ request, caller, params: await context.params });
      for (const [name, value] of Object.entries(rateHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      const known = knownErrorResponse(error);
      if (known) return known;
      const requestId = randomUUID();
      console.error(`[api ${requestId}]`, error);
      return apiError("INTERNAL");
    }
  };
}

/** The request's JSON body, or an INVALID_JSON answer to return. */
export async function jsonBody(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: apiError("INVALID_JSON") };
  }
}

/** The query string as an object (repeated keys keep their last value). */
export const queryOf = (request: Request): Record<string, string> =>
  Object.fromEntries(new URL(request.url).searchParams.entries());

/**
 * Writes need activity.create (the route's permission) and, as in the app, people who cannot manage
 * requests (contributors) enter lines only within a request assigned to them, which API rows do not name:
 * contributor tokens read, they do not write.
 */
export function assertApiWriter(caller: TApiCaller): void {
  if (!can(caller.role, "requests.manage")) throw new AppError("FORBIDDEN");
}

export const scopeOfCaller = (caller: TApiCaller) => ({ organizationId: caller.organization.id, actor: caller.actor });
