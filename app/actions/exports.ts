"use server";

import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { evidencePackState, startEvidencePack } from "@/lib/jobs/evidence-pack";
import { exportLocale } from "@/lib/exports/messages";
import { jobSender } from "@/lib/jobs/sender";
import { requiredText, z } from "@/lib/validation";
import { requestLocale } from "@/i18n/request-locale";

const ZPeriodRef = z.object({ periodId: requiredText(100) });

// Builds the period's evidence pack in the background ("evidence.pack"), in the asker's language.
export const startEvidencePackAction = orgAction(
  { permission: "audit.read", schema: ZPeriodRef },
  async ({ periodId }, ctx) => {
    const locale = exportLocale(await requestLocale());
    const run = await startEvidencePack(db(), jobSender, scopeOf(ctx), { periodId, locale });
    return { run };
  },
);

// Polled while a pack is being built: the run (progress) and, once done, the file to download.
export const evidencePackStateAction = orgAction(
  { permission: "audit.read", schema: ZPeriodRef },
  async ({ periodId }, ctx) => evidencePackState(db(), ctx.organization.id, periodId),
);
