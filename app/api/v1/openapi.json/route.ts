import { openApiDocument } from "@/lib/api/openapi";

// The API's OpenAPI 3.1 description, generated from the zod schemas the endpoints parse with. Public.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument());
}
