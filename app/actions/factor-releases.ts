"use server";

import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { RELEASE_ACCEPTANCE_PERMISSION, resolveReleaseUpdate } from "@/lib/factors/acceptance/updates";
import { ZReleaseRef } from "@/lib/factors/acceptance/release-ref";
import { startJob } from "@/lib/jobs/enqueue";
import { jobSender } from "@/lib/jobs/sender";

// Accepts a newer library release for the organisation: queues the "release.apply" job, which
// recomputes the open periods with it in one transaction with the acceptance and its audit row
// (lib/activity/release-update/apply.ts). The page follows the run's progress.
export const applyReleaseUpdateAction = orgAction(
  { permission: RELEASE_ACCEPTANCE_PERMISSION, schema: ZReleaseRef },
  async (ref, ctx) => {
    // Refuse at once what the job would refuse: an unknown release or one that is not newer.
    await resolveReleaseUpdate(db(), ctx.organization.id, ref);
    const run = await startJob(db(), await jobSender(), scopeOf(ctx), "release.apply", ref);
    return { runId: run.id };
  },
);
