import { db } from "@/lib/db";
import { apiConfirmImport } from "@/lib/api/imports";
import { apiRoute, scopeOfCaller } from "@/lib/api/route";
import { jobSender } from "@/lib/jobs/sender";
import { ZId } from "@/lib/validation";

// POST: confirm a previewed import: its commit job is queued (all or nothing); poll GET /imports/{id}.
export const POST = apiRoute<{ id: string }>("imports.manage", async ({ caller, params }) =>
  Response.json(await apiConfirmImport(db(), jobSender, scopeOfCaller(caller), ZId.parse(params.id)), {
    status: 202,
  }),
);
