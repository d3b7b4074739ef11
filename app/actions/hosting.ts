"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { ZProductByTag } from "@/lib/imports/boavizta/hosting-schemas";
import { assignProductByTag } from "@/lib/imports/boavizta/product-by-tag";

// The hosting view's rule: the resources with a tag belong to a product (their inventory rows move to it).
export const assignProductByTagAction = orgAction(
  { permission: "imports.manage", schema: ZProductByTag },
  async (rule, ctx) => {
    const result = await assignProductByTag(db(), scopeOf(ctx), rule);
    revalidatePath(`/${ctx.organization.slug}/imports/hosting`);
    return result;
  },
);
