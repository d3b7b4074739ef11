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
    form,
    headers: extraHeaders = {},
    params = {} as P,
  }: {
    token: string | null;
    method?: string;
    path?: string;
    query?: Record<string, string>;
    body?: unknown;
    form?: FormData; // sent as multipart/form-data (the boundary set by the Request)
    headers?: Record<string, string>;
    params?: P;
  },
) {
  const url = new URL(`http://localhost${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const headers: Record<string, string> = form ? {} : { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  Object.assign(headers, extraHeaders);
  const request = new Request(url, {
    method,
    headers,
    ...(form
      ? { body: form }
      : body === undefined
        ? {}
        : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** An upload form: a file and the fields POST /api/v1/imports reads. */
export function uploadFormOf(
  periodId: string,
  file: { name: string; bytes: Uint8Array | string; type?: string },
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("periodId", periodId);
  const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes;
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? "text/csv" }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
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
