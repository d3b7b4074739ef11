import { db } from "@/lib/db";
import { apiRollbackImport } from "@/lib/api/imports";
import { apiRoute, scopeOfCaller } from "@/lib/api/route";
import { ZId } from "@/lib/validation";

// POST: roll a committed import back as a whole (its activities and lines deleted, audited).
export const POST = apiRoute<{ id: string }>("imports.manage", async ({ caller, params }) =>
  Response.json(await apiRollbackImport(db(), scopeOfCaller(caller), ZId.parse(params.id))),
);
