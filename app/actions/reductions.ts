"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createAction, deleteAction, moveAction, updateAction } from "@/lib/reductions/mutations";
import { zActionInput, ZMoveAction } from "@/lib/reductions/schemas";
import { z, ZId } from "@/lib/validation";

const refresh = (slug: string) => {
  revalidatePath(`/${slug}/trajectory`);
  revalidatePath(`/${slug}/trajectory/actions`);
};

export const createReductionAction = orgAction(
  { permission: "targets.manage", schema: zActionInput },
  async (input, ctx) => {
    const action = await createAction(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return { id: action.id };
  },
);

export const updateReductionAction = orgAction(
  {
    permission: "targets.manage",
    schema: (locale: string) => z.object({ id: ZId, values: zActionInput(locale) }).strict(),
  },
  async ({ id, values }, ctx) => {
    await updateAction(db(), scopeOf(ctx), id, values);
    refresh(ctx.organization.slug);
    return { id };
  },
);

// The board's drag and drop (mouse, touch or keyboard): the new status only.
export const moveReductionAction = orgAction(
  { permission: "targets.manage", schema: ZMoveAction },
  async ({ id, status }, ctx) => {
    await moveAction(db(), scopeOf(ctx), id, status);
    refresh(ctx.organization.slug);
    return { id, status };
  },
);

export const deleteReductionAction = orgAction(
  { permission: "targets.manage", schema: z.object({ id: ZId }).strict() },
  async ({ id }, ctx) => {
    await deleteAction(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);
