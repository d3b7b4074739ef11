"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { runFor } from "@/lib/jobs/access";
import { retryJob } from "@/lib/jobs/enqueue";
import { getJobRun } from "@/lib/jobs/runs";
import { jobSender } from "@/lib/jobs/sender";
import { requiredText, z } from "@/lib/validation";

const ZRunRef = z.object({ runId: requiredText(100) });

// Polled by the progress bar (about once a second) while a job runs: the run of this organisation only.
// Every role may call it; the run's kind decides who may read it (lib/jobs/kinds.ts).
export const jobRunStatusAction = orgAction({ permission: "factors.read", schema: ZRunRef }, async ({ runId }, ctx) => {
  const scope = { organizationId: ctx.organization.id, role: ctx.role };
  await runFor(db(), scope, runId, "read");
  const run = await getJobRun(db(), scope, runId);
  if (!run) throw new Error("run vanished");
  // Once finished, every figure of the organisation may have moved.
  if (run.status === "DONE") revalidatePath(`/${ctx.organization.slug}`, "layout");
  return run;
});

// Starts a failed run again (a new run with the same parameters): for those who may start its kind.
export const retryJobAction = orgAction({ permission: "factors.read", schema: ZRunRef }, async ({ runId }, ctx) => {
  await runFor(db(), { organizationId: ctx.organization.id, role: ctx.role }, runId, "start");
  const run = await retryJob(db(), await jobSender(), scopeOf(ctx), runId);
  return { runId: run.id };
});
