import { db } from "@/lib/db";
import { listApiPeriods } from "@/lib/api/read";
import { apiRoute } from "@/lib/api/route";

// GET: the organisation's reporting periods (the ids activity rows and totals name).
export const GET = apiRoute("activity.read", async ({ caller }) =>
  Response.json({ periods: await listApiPeriods(db(), caller.organization.id) }),
);
