import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

// Every route file under app/api/v1, with every HTTP method it exports, must be in the OpenAPI document.
const ROOT = path.resolve(__dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

const doc = openApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
  components: { securitySchemes: Record<string, { scheme: string }>; schemas: Record<string, { properties?: object }> };
};

describe("the OpenAPI document", () => {
  const routes = routeFiles(ROOT).map((file) => {
    const rel = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
    const apiPath = `/api/v1/${rel}`.replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(file, "utf8");
    const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
    return { apiPath, methods };
  });

  it("lists every route file and every method it exports", () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const { apiPath, methods } of routes) {
      expect(methods.length, apiPath).toBeGreaterThan(0);
      for (const m of methods) expect(doc.paths[apiPath]?.[m.toLowerCase()], `${m} ${apiPath}`).toBeDefined();
    }
  });

  it("is OpenAPI 3.1 with the bearer scheme, and documents errors on authenticated endpoints", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth?.scheme).toBe("bearer");
    for (const [p, ops] of Object.entries(doc.paths))
      for (const op of Object.values(ops))
        if (op.security === undefined)
          expect(Object.keys(op.responses), p).toEqual(expect.arrayContaining(["401", "429"]));
  });

  it("describes activity rows from the app's bulk schema, with externalId instead of sourceKind/sourceRef", () => {
    const props = Object.keys(doc.components.schemas.ActivityRow?.properties ?? {});
    expect(props).toEqual(
      expect.arrayContaining(["externalId", "periodId", "activityTypeId", "quantity", "unit", "options"]),
    );
    expect(props).not.toContain("sourceRef");
    expect(props).not.toContain("sourceKind");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc); // plain JSON
  });

  it("describes the file upload as multipart with the file and the period, and the import with its job's progress", () => {
    const raw = openApiDocument() as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: TSchema }> } }>>;
    };
    type TSchema = { properties: Record<string, { type?: unknown }>; required: string[] };
    const form = raw.paths["/api/v1/imports"]?.post?.requestBody?.content["multipart/form-data"]?.schema;
    expect(form?.required).toEqual(expect.arrayContaining(["file", "periodId"]));
    expect(Object.keys(form?.properties ?? {})).toEqual([
      "file",
      "periodId",
      "replace",
      "boaviztaUsage",
      "boaviztaPue",
    ]);
    expect(Object.keys(doc.paths["/api/v1/imports"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["201", "403", "409", "413", "422"]),
    );
    const imp = doc.components.schemas.Import?.properties as Record<string, { anyOf?: { properties?: object }[] }>;
    expect(Object.keys(imp)).toEqual(
      expect.arrayContaining(["status", "rows", "errorCount", "errors", "totals", "preview", "job"]),
    );
    const job = imp.job?.anyOf?.find((s) => s.properties)?.properties ?? {};
    expect(Object.keys(job)).toEqual(expect.arrayContaining(["status", "done", "total"]));
  });
});
