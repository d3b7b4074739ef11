"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createSite, deleteSite, updateSite } from "@/lib/sites/mutations";
import { ZEntityId, zSiteCreate, zSiteUpdate } from "@/lib/sites/schemas";
import { z } from "@/lib/validation";
import { updateSiteEnergy } from "@/lib/sites/energy";
import { zSiteEnergy } from "@/lib/sites/energy-schema";
import { startJob } from "@/lib/jobs/enqueue";
import { jobSender } from "@/lib/jobs/sender";

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

// A site's heating / cooling network and electricity contract. The open periods holding activities at the
// site are recomputed in the background ("period.recompute"), never in this request.
export const updateSiteEnergyAction = orgAction(
  { permission: "sites.manage", schema: (locale: string) => z.object({ id: ZEntityId, values: zSiteEnergy(locale) }) },
  async ({ id, values }, ctx) => {
    const { periodIds } = await updateSiteEnergy(db(), scopeOf(ctx), id, values);
    const sender = periodIds.length > 0 ? await jobSender() : null;
    const runIds: string[] = [];
    for (const periodId of periodIds) {
      if (sender) runIds.push((await startJob(db(), sender, scopeOf(ctx), "period.recompute", { periodId })).id);
    }
    revalidatePath(`/${ctx.organization.slug}/settings/sites`);
    return { id, runIds };
  },
);
