"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { createCustomFactor, retireCustomFactor, versionCustomFactor } from "@/lib/factors/db/custom-mutations";
import { ZCustomFactorId, zCustomFactorCreate, zCustomFactorVersion } from "@/lib/factors/db/custom-schemas";
import { z } from "@/lib/validation";

const refresh = (slug: string) => revalidatePath(`/${slug}/factors`, "layout");

export const createCustomFactorAction = orgAction(
  { permission: "factors.manage", schema: zCustomFactorCreate },
  async (input, ctx) => {
    const created = await createCustomFactor(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return { id: created.id };
  },
);

export const versionCustomFactorAction = orgAction(
  {
    permission: "factors.manage",
    schema: (locale: string) => z.object({ id: ZCustomFactorId, values: zCustomFactorVersion(locale) }),
  },
  async ({ id, values }, ctx) => {
    const next = await versionCustomFactor(db(), scopeOf(ctx), id, values);
    refresh(ctx.organization.slug);
    return { id: next.id };
  },
);

export const retireCustomFactorAction = orgAction(
  { permission: "factors.manage", schema: z.object({ id: ZCustomFactorId }) },
  async ({ id }, ctx) => {
    await retireCustomFactor(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);
