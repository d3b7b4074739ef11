"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { updateOrganizationProfile } from "@/lib/organizations/profile";
import { zOrganizationProfile } from "@/lib/organizations/profile-schemas";

export const updateProfileAction = orgAction(
  { permission: "organization.update", schema: zOrganizationProfile },
  async (input, ctx) => {
    await updateOrganizationProfile(db(), scopeOf(ctx), input);
    // The name shows in the app frame and the home page, not only in settings.
    revalidatePath(`/${ctx.organization.slug}`, "layout");
    return { ok: true as const };
  },
);
