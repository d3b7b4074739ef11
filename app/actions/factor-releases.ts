"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { applyReleaseUpdate } from "@/lib/factors/acceptance/release-update";
import { RELEASE_ACCEPTANCE_PERMISSION } from "@/lib/factors/acceptance/updates";
import { ZReleaseRef } from "@/lib/factors/acceptance/release-ref";

// Accepts a newer library release for the organisation: its open periods are recomputed with it, in
// one transaction with the acceptance and its audit row (lib/factors/acceptance/release-update.ts).
export const applyReleaseUpdateAction = orgAction(
  { permission: RELEASE_ACCEPTANCE_PERMISSION, schema: ZReleaseRef },
  async (ref, ctx) => {
    const applied = await applyReleaseUpdate(db(), scopeOf(ctx), ref);
    // Every figure of the organisation may have moved, not only the factor pages.
    revalidatePath(`/${ctx.organization.slug}`, "layout");
    return {
      source: applied.source,
      version: applied.to.version,
      activitiesChanged: applied.activities.changed,
      linesChanged: applied.lines.changed,
      deltaKgCO2e: applied.kgCO2e.delta,
    };
  },
);
