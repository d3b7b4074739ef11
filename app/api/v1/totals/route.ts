import { db } from "@/lib/db";
import { apiTotals } from "@/lib/api/read";
import { apiRoute, queryOf } from "@/lib/api/route";
import { ZApiTotalsQuery } from "@/lib/api/schemas";

// GET: a period's totals from the reporting layer, optionally grouped (scope, category, site, product, poste).
export const GET = apiRoute("activity.read", async ({ request, caller }) =>
  Response.json(await apiTotals(db(), caller.organization.id, ZApiTotalsQuery.parse(queryOf(request)))),
);
