import { db } from "@/lib/db";
import { apiImportsPage, apiUploadImport, uploadForm } from "@/lib/api/imports";
import { ZApiImportsQuery } from "@/lib/api/import-schemas";
import { apiRoute, queryOf, scopeOfCaller } from "@/lib/api/route";

// GET: a page of the organisation's file imports, latest first. POST: upload a file (multipart: file,
// periodId, replace) → its preview, as the imports page does; confirm it with POST /imports/{id}/confirm.

export const GET = apiRoute("imports.read", async ({ request, caller }) =>
  Response.json(await apiImportsPage(db(), caller.organization.id, ZApiImportsQuery.parse(queryOf(request)))),
);

export const POST = apiRoute("imports.manage", async ({ request, caller }) => {
  const body = await uploadForm(request);
  if (!body.ok) return body.response;
  return Response.json(await apiUploadImport(db(), scopeOfCaller(caller), request, body.form), { status: 201 });
});
