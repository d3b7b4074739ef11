import { db } from "@/lib/db";
import { activityTypesOf } from "@/lib/activity/categories";
import { deleteActivitiesBulk } from "@/lib/activity/bulk-delete";
import { listActivities } from "@/lib/activity/queries";
import { loadCalcMappings } from "@/lib/calc";
import { pushActivities, toApiActivity } from "@/lib/api/activities";
import { withIdempotencyKey } from "@/lib/api/idempotency";
import { apiRoute, assertApiWriter, jsonBody, queryOf, scopeOfCaller } from "@/lib/api/route";
import { ZApiActivitiesBulk, ZApiActivitiesDelete, ZApiActivitiesQuery } from "@/lib/api/schemas";

// GET: a page of the organisation's activities. POST: create or update many, all or nothing, idempotent by
// key. DELETE: delete many by id, all or nothing. See docs/api.md and /api/v1/openapi.json.

export const GET = apiRoute("activity.read", async ({ request, caller }) => {
  const q = ZApiActivitiesQuery.parse(queryOf(request));
  const types = q.category ? activityTypesOf(q.category, loadCalcMappings().activityTypes.keys()) : undefined;
  const page = await listActivities(db(), caller.organization.id, {
    filter: {
      ...(q.periodId ? { periodId: q.periodId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(types ? { activityTypeIds: types } : {}),
    },
    ...(q.cursor ? { cursor: q.cursor } : {}),
    pageSize: q.limit,
  });
  return Response.json({ activities: page.activities.map(toApiActivity), nextCursor: page.nextCursor });
});

export const POST = apiRoute("activity.create", async ({ request, caller }) => {
  assertApiWriter(caller);
  const parsed = await jsonBody(request);
  if (!parsed.ok) return parsed.response;
  const body = ZApiActivitiesBulk.parse(parsed.body);
  const answer = await withIdempotencyKey(
    db(),
    { organizationId: caller.organization.id, key: body.idempotencyKey, payload: body.activities },
    async () => ({ status: 200, body: await pushActivities(db(), scopeOfCaller(caller), body.activities) }),
  );
  return Response.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { "Idempotent-Replayed": "true" } : {},
  });
});

export const DELETE = apiRoute("activity.create", async ({ request, caller }) => {
  assertApiWriter(caller);
  const parsed = await jsonBody(request);
  if (!parsed.ok) return parsed.response;
  const { ids } = ZApiActivitiesDelete.parse(parsed.body);
  return Response.json({ deleted: await deleteActivitiesBulk(db(), scopeOfCaller(caller), ids) });
});
