"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { createContribution, deleteContribution } from "@/lib/contributions/mutations";
import { zContributionCreate } from "@/lib/contributions/schemas";
import { db } from "@/lib/db";
import { z, ZId } from "@/lib/validation";

const refresh = (slug: string) => revalidatePath(`/${slug}/trajectory/contributions`);

export const createContributionAction = orgAction(
  { permission: "targets.manage", schema: zContributionCreate },
  async (input, ctx) => {
    const row = await createContribution(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return { id: row.id };
  },
);

export const deleteContributionAction = orgAction(
  { permission: "targets.manage", schema: z.object({ id: ZId }).strict() },
  async ({ id }, ctx) => {
    await deleteContribution(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);
