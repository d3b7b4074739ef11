import { z } from "zod";

// The pieces the OpenAPI document (lib/api/openapi.ts) is assembled from: zod → JSON Schema, query
// parameters, bodies, references and the shared error answers. Pure.

export type TJson = Record<string, unknown>;

export function schemaOf(schema: z.ZodType, io: "input" | "output"): TJson {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as TJson;
  return json;
}

export function queryParameters(schema: z.ZodType): TJson[] {
  const json = schemaOf(schema, "input");
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(json.properties as Record<string, TJson>).map(([name, s]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema: s,
  }));
}

export const json = (schema: TJson | { $ref: string }) => ({ content: { "application/json": { schema } } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not JSON (an upload: not multipart/form-data)",
  401: "Missing, unknown, expired or revoked token",
  403: "The token's role does not allow it",
  404: "Not found in the token's organisation (for a bulk call: nothing was written)",
  409: "Idempotency key reused with another payload, a locked period, or a concurrent change",
  413: "The file is larger than the import limit; nothing was written",
  422: "Validation failed: fieldErrors or rowErrors list every problem; nothing was written",
  429: "Rate limit reached: retry after the Retry-After header's seconds",
};

export const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: ERROR_DESCRIPTIONS[c] ?? "Error", ...json(ref("Error")) }]),
  );

export const COMMON = [401, 403, 429];
