// Calls the /api/v1 route handlers in-process, as Next would: a Request with a bearer token, and the
// dynamic params as a promise.
import { createApiToken } from "@/lib/api-tokens/mutations";
import type { TApiTokenCreate } from "@/lib/api-tokens/schemas";
import type { Db } from "@/lib/db/client";
import type { EffectiveRole } from "@/lib/permissions";
import type { TenantScope } from "@/lib/audit";

type THandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function call<P = Record<string, never>>(
  handler: THandler<P>,
  {
    token,
    method = "GET",
    path = "/api/v1/x",
    query = {},
    body,
    params = {} as P,
  }: {
    token: string | null;
    method?: string;
    path?: string;
    query?: Record<string, string>;
    body?: unknown;
    params?: P;
  },
) {
  const url = new URL(`http://localhost${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const request = new Request(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function tokenFor(
  db: Db,
  scope: TenantScope,
  {
    role = "MANAGER",
    creatorRole = "OWNER",
    lifetime = "30",
    name = "ERP sync",
  }: Partial<TApiTokenCreate> & {
    creatorRole?: EffectiveRole;
  } = {},
) {
  return createApiToken(db, { ...scope, creatorRole }, { name, role, lifetime });
}
