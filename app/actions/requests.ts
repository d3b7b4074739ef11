"use server";

import { revalidatePath } from "next/cache";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createRequest, deleteRequest } from "@/lib/requests/mutations";
import { ZRequestCreate, ZRequestId } from "@/lib/requests/schemas";

const refresh = (ctx: OrgActionContext) => revalidatePath(`/${ctx.organization.slug}`, "layout");

export const createRequestAction = orgAction(
  { permission: "requests.manage", schema: ZRequestCreate },
  async (input, ctx) => {
    const request = await createRequest(db(), { ...scopeOf(ctx), actorName: ctx.user.name }, input);
    refresh(ctx);
    return { id: request.id };
  },
);

export const deleteRequestAction = orgAction(
  { permission: "requests.manage", schema: ZRequestId },
  async ({ id }, ctx) => {
    await deleteRequest(db(), scopeOf(ctx), id);
    refresh(ctx);
    return { id };
  },
);
