import { ZActivityBulkRow, ZActivityUpdate } from "@/lib/activity/schemas";
import { importPaths, importSchemas } from "@/lib/api/openapi-imports";
import { COMMON, errors, json, queryParameters, ref, schemaOf, type TJson } from "@/lib/api/openapi-parts";
import {
  MAX_BULK_ROWS,
  ZApiActivitiesBulk,
  ZApiActivitiesDelete,
  ZApiActivitiesPage,
  ZApiActivitiesQuery,
  ZApiActivity,
  ZApiBulkResult,
  ZApiDeleteResult,
  ZApiError,
  ZApiPeriods,
  ZApiTotals,
  ZApiTotalsQuery,
} from "@/lib/api/schemas";

// The OpenAPI 3.1 document served at /api/v1/openapi.json, generated from the zod schemas the endpoints
// parse with (zod 4's toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses). Pure: no database.

// An API row is the app's bulk row (ZActivityBulkRow) with the client's externalId instead of the
// importer's sourceKind/sourceRef, which the API sets itself.
function activityRowSchema(): TJson {
  const row = schemaOf(ZActivityBulkRow, "input");
  const { sourceKind: _k, sourceRef: _r, ...properties } = row.properties as TJson;
  return {
    ...row,
    properties: {
      externalId: {
        type: ["string", "null"],
        maxLength: 200,
        description: "Your id for the row: sending it again updates the same activity in place.",
      },
      ...properties,
    },
  };
}

// A patch: any of the update schema's fields; the merged activity must pass the whole schema.
function activityPatchSchema(): TJson {
  const { required: _required, ...rest } = schemaOf(ZActivityUpdate, "input");
  return rest;
}

export function openApiDocument(): TJson {
  return {
    openapi: "3.1.0",
    info: {
      title: "Albedo public API",
      version: "1.0.0",
      description:
        "Organisation-scoped REST API. Create a token in Settings → API tokens and send it as " +
        "`Authorization: Bearer <token>`. Decimals are exact strings. Errors are JSON: " +
        "`{ error: { code, message, fieldErrors?, rowErrors? } }`; messages are translation keys.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/activities": {
        get: {
          operationId: "listActivities",
          summary: "List activities (cursor pagination)",
          parameters: queryParameters(ZApiActivitiesQuery),
          responses: { "200": { description: "A page", ...json(ref("ActivitiesPage")) }, ...errors(...COMMON, 422) },
        },
        post: {
          operationId: "saveActivities",
          summary: `Create or update up to ${MAX_BULK_ROWS} activities, all or nothing`,
          description:
            "Rows with an externalId already sent update that activity in place. With an idempotencyKey, " +
            "the same key and activities return the first answer (header Idempotent-Replayed) without " +
            "writing; the same key with other activities is a 409.",
          requestBody: { required: true, ...json(ref("ActivitiesBulk")) },
          responses: {
            "200": { description: "Saved", ...json(ref("BulkResult")) },
            ...errors(400, ...COMMON, 409, 422),
          },
        },
        delete: {
          operationId: "deleteActivities",
          summary: "Delete activities by id, all or nothing",
          requestBody: { required: true, ...json(schemaOf(ZApiActivitiesDelete, "input")) },
          responses: {
            "200": { description: "Deleted", ...json(schemaOf(ZApiDeleteResult, "output")) },
            ...errors(400, ...COMMON, 404, 409, 422),
          },
        },
      },
      "/api/v1/activities/{id}": {
        patch: {
          operationId: "updateActivity",
          summary: "Replace some fields of one activity",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, ...json(ref("ActivityPatch")) },
          responses: {
            "200": { description: "Updated", ...json(ref("Activity")) },
            ...errors(400, ...COMMON, 404, 409, 422),
          },
        },
      },
      "/api/v1/periods": {
        get: {
          operationId: "listPeriods",
          summary: "The organisation's reporting periods",
          responses: {
            "200": { description: "Periods", ...json(schemaOf(ZApiPeriods, "output")) },
            ...errors(...COMMON),
          },
        },
      },
      "/api/v1/totals": {
        get: {
          operationId: "getTotals",
          summary: "A period's totals from the reporting layer, optionally grouped",
          parameters: queryParameters(ZApiTotalsQuery),
          responses: {
            "200": { description: "Totals", ...json(schemaOf(ZApiTotals, "output")) },
            ...errors(...COMMON, 404, 422),
          },
        },
      },
      ...importPaths(),
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } } },
        },
      },
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (alb_…)" } },
      schemas: {
        ActivityRow: activityRowSchema(),
        ActivitiesBulk: {
          ...schemaOf(ZApiActivitiesBulk, "input"),
          properties: {
            ...(schemaOf(ZApiActivitiesBulk, "input").properties as TJson),
            activities: { type: "array", minItems: 1, maxItems: MAX_BULK_ROWS, items: ref("ActivityRow") },
          },
        },
        ActivityPatch: activityPatchSchema(),
        Activity: schemaOf(ZApiActivity, "output"),
        ActivitiesPage: schemaOf(ZApiActivitiesPage, "output"),
        BulkResult: schemaOf(ZApiBulkResult, "output"),
        Error: schemaOf(ZApiError, "output"),
        ...importSchemas(),
      },
    },
  };
}
