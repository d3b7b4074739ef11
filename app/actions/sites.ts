"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createSite, deleteSite, updateSite } from "@/lib/sites/mutations";
import { ZEntityId, zSiteCreate, zSiteUpdate } from "@/lib/sites/schemas";
import { z } from "@/lib/validation";

export const createSiteAction = orgAction({ permission: "sites.manage", schema: zSiteCreate }, async (input, ctx) => {
  const site = await createSite(db(), scopeOf(ctx), input);
  revalidatePath(`/${ctx.organization.slug}/settings/sites`);
  return { id: site.id };
});

export const updateSiteAction = orgAction(
  { permission: "sites.manage", schema: (locale: string) => z.object({ id: ZEntityId, values: zSiteUpdate(locale) }) },
  async ({ id, values }, ctx) => {
    await updateSite(db(), scopeOf(ctx), id, values);
    revalidatePath(`/${ctx.organization.slug}/settings/sites`);
    return { id };
  },
);

export const deleteSiteAction = orgAction(
  { permission: "sites.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await deleteSite(db(), scopeOf(ctx), id);
    revalidatePath(`/${ctx.organization.slug}/settings/sites`);
    return { id };
  },
);
