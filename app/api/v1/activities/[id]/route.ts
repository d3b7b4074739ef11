import { db } from "@/lib/db";
import { patchActivity } from "@/lib/api/activities";
import { apiRoute, assertApiWriter, jsonBody, scopeOfCaller } from "@/lib/api/route";
import { ZApiActivityPatch } from "@/lib/api/schemas";
import { ZId } from "@/lib/validation";

// PATCH: replace some fields of one activity; it is validated and computed again like an edit in the app.
export const PATCH = apiRoute<{ id: string }>("activity.create", async ({ request, caller, params }) => {
  assertApiWriter(caller);
  const id = ZId.parse(params.id);
  const parsed = await jsonBody(request);
  if (!parsed.ok) return parsed.response;
  const patch = ZApiActivityPatch.parse(parsed.body);
  return Response.json(await patchActivity(db(), scopeOfCaller(caller), id, patch));
});
