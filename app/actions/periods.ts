"use server";

import { revalidatePath } from "next/cache";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { carryIntoPeriod } from "@/lib/activity/carry-period";
import { createPeriod, deletePeriod, setPeriodLocked, updatePeriod } from "@/lib/periods/mutations";
import { ZPeriodCreate, ZPeriodUpdate } from "@/lib/periods/schemas";
import { ZEntityId } from "@/lib/sites/schemas";
import { startJob } from "@/lib/jobs/enqueue";
import { jobSender } from "@/lib/jobs/sender";
import { assertOpenPeriod } from "@/lib/periods/queries";
import { updatePeriodCalcSettings, ZPeriodCalcSettings } from "@/lib/periods/calc-settings";
import { updatePeriodFigures, zPeriodFigures } from "@/lib/periods/figures";
import { z } from "@/lib/validation";

// Periods also appear on the organisation home page and in the profile's base-year choices.
function refresh(ctx: OrgActionContext) {
  revalidatePath(`/${ctx.organization.slug}`, "layout");
}

export const createPeriodAction = orgAction(
  { permission: "periods.manage", schema: ZPeriodCreate },
  async (input, ctx) => {
    const period = await createPeriod(db(), scopeOf(ctx), input);
    // Earlier amortised equipment reports its share in the new period too (a few activities: done inline).
    await carryIntoPeriod(db(), scopeOf(ctx), period.id);
    refresh(ctx);
    return { id: period.id };
  },
);

export const updatePeriodAction = orgAction(
  { permission: "periods.manage", schema: z.object({ id: ZEntityId, values: ZPeriodUpdate }) },
  async ({ id, values }, ctx) => {
    await updatePeriod(db(), scopeOf(ctx), id, values);
    refresh(ctx);
    return { id };
  },
);

export const deletePeriodAction = orgAction(
  { permission: "periods.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await deletePeriod(db(), scopeOf(ctx), id);
    refresh(ctx);
    return { id };
  },
);

// Owner only: locking freezes the figures a published report relies on.
export const setPeriodLockedAction = orgAction(
  { permission: "periods.lock", schema: z.object({ id: ZEntityId, locked: z.boolean() }) },
  async ({ id, locked }, ctx) => {
    await setPeriodLocked(db(), scopeOf(ctx), id, locked);
    refresh(ctx);
    return { id };
  },
);

// Recomputes the period's activities with the organisation's current factors and settings, as a
// background job ("period.recompute"): the periods page follows its progress.
export const recomputePeriodAction = orgAction(
  { permission: "periods.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await assertOpenPeriod(db(), ctx.organization.id, id);
    const run = await startJob(db(), await jobSender(), scopeOf(ctx), "period.recompute", { periodId: id });
    return { runId: run.id };
  },
);

// The period's calculation settings (GWP set, contrails, capital goods): when one changes, the period is
// recomputed in the background ("period.recompute"), never in this request; the page shows the progress.
export const updatePeriodCalcSettingsAction = orgAction(
  { permission: "periods.manage", schema: z.object({ id: ZEntityId, values: ZPeriodCalcSettings }) },
  async ({ id, values }, ctx) => {
    const { changed } = await updatePeriodCalcSettings(db(), scopeOf(ctx), id, values);
    const run = changed
      ? await startJob(db(), await jobSender(), scopeOf(ctx), "period.recompute", { periodId: id })
      : null;
    refresh(ctx);
    return { id, runId: run?.id ?? null };
  },
);

// The period's own headcount and revenue (intensities on the dashboard); empty = the profile's.
export const updatePeriodFiguresAction = orgAction(
  {
    permission: "periods.manage",
    schema: (locale: string) => z.object({ id: ZEntityId, values: zPeriodFigures(locale) }),
  },
  async ({ id, values }, ctx) => {
    await updatePeriodFigures(db(), scopeOf(ctx), id, values);
    refresh(ctx);
    return { id };
  },
);
