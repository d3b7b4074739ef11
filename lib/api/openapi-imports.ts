import {
  API_IMPORT_ERRORS,
  ZApiImport,
  ZApiImportsPage,
  ZApiImportsQuery,
  ZApiImportUploadFields,
} from "@/lib/api/import-schemas";
import { COMMON, errors, idParameter, json, queryParameters, ref, schemaOf, type TJson } from "@/lib/api/openapi-parts";
import { IMPORT_MAX_MB } from "@/lib/imports/limits";

// The file-import endpoints in the OpenAPI document (lib/api/openapi.ts). Pure.

function uploadBody(): TJson {
  const fields = schemaOf(ZApiImportUploadFields, "input");
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          ...fields,
          properties: {
            file: {
              type: "string",
              contentMediaType: "application/octet-stream",
              description:
                `A filled import template (CSV or XLSX, from Imports → Templates) or an FEC, at most ` +
                `${IMPORT_MAX_MB} MB. An FEC is recognised by its content and read with the organisation's ` +
                "remembered account mapping; a Boavizta output (BoaviztAPI JSON or JSON Lines, cloud-scanner " +
                "JSON or metrics text, boagent /query JSON) by its content too.",
            },
            ...(fields.properties as TJson),
          },
          required: ["file", ...((fields.required as string[] | undefined) ?? [])],
        },
      },
    },
  };
}

const importAnswer = (description: string) => ({ description, ...json(ref("Import")) });

export function importPaths(): Record<string, TJson> {
  return {
    "/api/v1/imports": {
      get: {
        operationId: "listImports",
        summary: "List file imports, latest first (cursor pagination)",
        parameters: queryParameters(ZApiImportsQuery),
        responses: {
          "200": { description: "A page", ...json(schemaOf(ZApiImportsPage, "output")) },
          ...errors(...COMMON, 422),
        },
      },
      post: {
        operationId: "uploadImport",
        summary: "Upload a file and get its preview (nothing is written to the inventory)",
        description:
          "The file is parsed, checked and computed in full, as on the imports page. status PREVIEWED: " +
          "confirm it with POST /api/v1/imports/{id}/confirm. status FAILED: errors lists the first " +
          `${API_IMPORT_ERRORS} row errors (errorCount counts all) and the file cannot be confirmed. The same ` +
          "file already committed in the period is a 409 unless replace=true.",
        requestBody: uploadBody(),
        responses: {
          "201": importAnswer("The import, PREVIEWED or FAILED"),
          ...errors(400, ...COMMON, 404, 409, 413, 422),
        },
      },
    },
    "/api/v1/imports/{id}": {
      get: {
        operationId: "getImport",
        summary: "One import: status, commit progress (job.done / job.total), totals, errors, preview",
        parameters: [idParameter],
        responses: { "200": importAnswer("The import"), ...errors(...COMMON, 404) },
      },
    },
    "/api/v1/imports/{id}/confirm": {
      post: {
        operationId: "confirmImport",
        summary: "Confirm a previewed import: its commit job is queued (all or nothing)",
        description:
          "Poll GET /api/v1/imports/{id} until status is COMMITTED or FAILED. A failed commit wrote nothing.",
        parameters: [idParameter],
        responses: {
          "202": importAnswer("Queued: the import with its job"),
          ...errors(...COMMON, 404, 409),
        },
      },
    },
    "/api/v1/imports/{id}/rollback": {
      post: {
        operationId: "rollbackImport",
        summary: "Roll a committed import back as a whole (audited)",
        parameters: [idParameter],
        responses: { "200": importAnswer("Rolled back"), ...errors(...COMMON, 404, 409) },
      },
    },
  };
}

export const importSchemas = (): Record<string, TJson> => ({ Import: schemaOf(ZApiImport, "output") });
