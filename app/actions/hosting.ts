"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { estimateResource } from "@/lib/imports/boavizta/estimate";
import { ZProductByTag, ZResourceEstimate, ZSiteByTag } from "@/lib/imports/boavizta/hosting-schemas";
import { assignProductByTag, assignSiteByTag } from "@/lib/imports/boavizta/tag-rules";

// The hosting view's writes: the resources with a tag belong to a product or a site (their inventory rows
// move to it), and an estimate for a resource the tool could not assess.
export const assignProductByTagAction = orgAction(
  { permission: "imports.manage", schema: ZProductByTag },
  async (rule, ctx) => {
    const result = await assignProductByTag(db(), scopeOf(ctx), rule);
    revalidatePath(`/${ctx.organization.slug}/imports/hosting`);
    return result;
  },
);

export const assignSiteByTagAction = orgAction(
  { permission: "imports.manage", schema: ZSiteByTag },
  async (rule, ctx) => {
    const result = await assignSiteByTag(db(), scopeOf(ctx), rule);
    revalidatePath(`/${ctx.organization.slug}/imports/hosting`);
    return result;
  },
);

export const estimateResourceAction = orgAction(
  { permission: "imports.manage", schema: ZResourceEstimate },
  async (estimate, ctx) => {
    const result = await estimateResource(db(), scopeOf(ctx), estimate);
    revalidatePath(`/${ctx.organization.slug}/imports/hosting`);
    return result;
  },
);
