"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { publishPage, revokePage } from "@/lib/transparency/mutations";
import { ZPublishInput } from "@/lib/transparency/schemas";
import { z } from "@/lib/validation";

const refresh = (slug: string) => revalidatePath(`/${slug}/trajectory/publish`);

export const publishTransparencyAction = orgAction(
  { permission: "transparency.publish", schema: ZPublishInput },
  async (input, ctx) => {
    const page = await publishPage(db(), scopeOf(ctx), input);
    refresh(ctx.organization.slug);
    return page;
  },
);

export const revokeTransparencyAction = orgAction(
  { permission: "transparency.publish", schema: z.object({}).strict() },
  async (_input, ctx) => {
    await revokePage(db(), scopeOf(ctx));
    refresh(ctx.organization.slug);
    return { revoked: true };
  },
);
