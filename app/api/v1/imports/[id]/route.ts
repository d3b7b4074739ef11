import { db } from "@/lib/db";
import { apiImport } from "@/lib/api/imports";
import { apiRoute } from "@/lib/api/route";
import { ZId } from "@/lib/validation";

// GET: one import — status, the commit job's progress (done / total), totals, errors, preview. Poll it.
export const GET = apiRoute<{ id: string }>("imports.read", async ({ caller, params }) =>
  Response.json(await apiImport(db(), caller.organization.id, ZId.parse(params.id))),
);
