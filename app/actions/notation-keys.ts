"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { clearNotationKey, setNotationKey } from "@/lib/notation-keys/mutations";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { ZId, z } from "@/lib/validation";

// Notation keys are the inventory owner's statement about a category: those who validate data set them.
export const setNotationKeyAction = orgAction(
  { permission: "activity.validate", schema: ZNotationKeySet },
  async (input, ctx) => {
    const saved = await setNotationKey(db(), scopeOf(ctx), input);
    revalidatePath(`/${ctx.organization.slug}/collection`, "layout");
    return { id: saved.id };
  },
);

export const clearNotationKeyAction = orgAction(
  { permission: "activity.validate", schema: z.object({ id: ZId }) },
  async ({ id }, ctx) => {
    await clearNotationKey(db(), scopeOf(ctx), id);
    revalidatePath(`/${ctx.organization.slug}/collection`, "layout");
    return { id };
  },
);
