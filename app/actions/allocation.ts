"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { ZAllocationTarget, zAllocationKey } from "@/lib/allocation/schemas";
import { deleteAllocationKey, setAllocationKey } from "@/lib/allocation/store";
import { db } from "@/lib/db";

// A shared post's allocation key for a period (managers): saved or removed. Product pages and the
// dashboard read the allocation at request time, so only their cached pages are refreshed.

function refresh(slug: string) {
  revalidatePath(`/${slug}/products`, "layout");
  revalidatePath(`/${slug}`);
}

export const setAllocationKeyAction = orgAction(
  { permission: "products.manage", schema: zAllocationKey },
  async (input, ctx) => {
    const result = await setAllocationKey(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return result;
  },
);

export const deleteAllocationKeyAction = orgAction(
  { permission: "products.manage", schema: ZAllocationTarget },
  async (input, ctx) => {
    await deleteAllocationKey(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return { post: input.post };
  },
);
