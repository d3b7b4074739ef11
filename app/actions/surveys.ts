"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createCampaign, duplicateCampaign, revokeCampaign } from "@/lib/surveys/campaigns";
import { closeCampaign, reopenCampaign } from "@/lib/surveys/close";
import { ZCampaignDuplicate, ZCampaignRef, zCampaignCreate } from "@/lib/surveys/campaign-schemas";

const surveysPath = (slug: string) => `/${slug}/collection/surveys`;

export const createSurveyAction = orgAction(
  { permission: "surveys.manage", schema: zCampaignCreate },
  async (input, ctx) => {
    const campaign = await createCampaign(db(), scopeOf(ctx), input);
    revalidatePath(surveysPath(ctx.organization.slug));
    return { id: campaign.id };
  },
);

export const revokeSurveyAction = orgAction(
  { permission: "surveys.manage", schema: ZCampaignRef },
  async ({ id }, ctx) => {
    await revokeCampaign(db(), scopeOf(ctx), id);
    revalidatePath(surveysPath(ctx.organization.slug));
    return { id };
  },
);

export const duplicateSurveyAction = orgAction(
  { permission: "surveys.manage", schema: ZCampaignDuplicate },
  async (input, ctx) => {
    const campaign = await duplicateCampaign(db(), scopeOf(ctx), input);
    revalidatePath(surveysPath(ctx.organization.slug));
    return { id: campaign.id };
  },
);

// Closing books the answers, extrapolated to the population, as the period's commuting (and digital)
// activity data; closing again replaces them.
export const closeSurveyAction = orgAction(
  { permission: "surveys.manage", schema: ZCampaignRef },
  async ({ id }, ctx) => {
    const result = await closeCampaign(db(), scopeOf(ctx), id);
    revalidatePath(surveysPath(ctx.organization.slug));
    return { id, activities: result.activities, kgCO2e: result.kgCO2e };
  },
);

export const reopenSurveyAction = orgAction(
  { permission: "surveys.manage", schema: ZCampaignRef },
  async ({ id }, ctx) => {
    await reopenCampaign(db(), scopeOf(ctx), id);
    revalidatePath(surveysPath(ctx.organization.slug));
    return { id };
  },
);
