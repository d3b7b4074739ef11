"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createTarget, deleteTarget, rebaseTarget } from "@/lib/targets/mutations";
import { zTargetCreate } from "@/lib/targets/schemas";
import { z, ZId } from "@/lib/validation";

const refresh = (slug: string) => revalidatePath(`/${slug}/trajectory`);

export const createTargetAction = orgAction(
  { permission: "targets.manage", schema: zTargetCreate },
  async (input, ctx) => {
    const target = await createTarget(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return { id: target.id };
  },
);

// Accepts the base year's recalculated value as the target's base (the before / after was shown).
export const rebaseTargetAction = orgAction(
  { permission: "targets.manage", schema: z.object({ id: ZId }).strict() },
  async ({ id }, ctx) => {
    await rebaseTarget(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);

export const deleteTargetAction = orgAction(
  { permission: "targets.manage", schema: z.object({ id: ZId }).strict() },
  async ({ id }, ctx) => {
    await deleteTarget(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);
