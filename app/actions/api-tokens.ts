"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { ZApiTokenCreate, ZApiTokenRevoke } from "@/lib/api-tokens/schemas";

// Settings → API tokens. The secret is returned once, by the create action, and never stored.
const refresh = (slug: string) => revalidatePath(`/${slug}/settings/api-tokens`);

export const createApiTokenAction = orgAction(
  { permission: "apiTokens.manage", schema: ZApiTokenCreate },
  async (input, ctx) => {
    const created = await createApiToken(db(), { ...scopeOf(ctx), creatorRole: ctx.role }, input);
    refresh(ctx.organization.slug);
    return created;
  },
);

export const revokeApiTokenAction = orgAction(
  { permission: "apiTokens.manage", schema: ZApiTokenRevoke },
  async ({ id }, ctx) => {
    await revokeApiToken(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);
