// What each kind of job does. A handler is idempotent: running it again after a success changes
// nothing (an accepted release is not accepted twice; recomputing unchanged activities writes nothing),
// and its change is one transaction, so a killed worker leaves the inventory as before.
import type { TChunkOptions } from "@/lib/activity/chunked";
import { recomputeActivities } from "@/lib/activity/mutations";
import { applyReleaseUpdate, isReleaseAccepted } from "@/lib/activity/release-update/apply";
import type { AuditActor } from "@/lib/audit";
import type { Db, Prisma } from "@/lib/db/client";
import { buildEvidencePack } from "@/lib/exports/evidence-pack";
import { runImportCommit } from "@/lib/imports/commit";
import { JOB_KINDS, type TJobKind } from "@/lib/jobs/kinds";
import { periodCalcSettings } from "@/lib/periods/calc-settings";

type TSettings = { gwpSet: string; includeContrails: boolean; capitalGoodsMethod: string };
const sameSettings = (a: TSettings, b: TSettings) =>
  a.gwpSet === b.gwpSet && a.includeContrails === b.includeContrails && a.capitalGoodsMethod === b.capitalGoodsMethod;

export type TJobContext = {
  organizationId: string;
  actor: AuditActor;
  params: unknown;
  chunks: TChunkOptions;
  runId: string;
};

type THandler = (db: Db, ctx: TJobContext) => Promise<Prisma.InputJsonValue>;

const scopeOf = (ctx: TJobContext) => ({ organizationId: ctx.organizationId, actor: ctx.actor });

export const JOB_HANDLERS: Record<TJobKind, THandler> = {
  "release.apply": async (db, ctx) => {
    const ref = JOB_KINDS["release.apply"].params.parse(ctx.params);
    if (await isReleaseAccepted(db, ctx.organizationId, ref)) {
      return { source: ref.source, version: ref.version, alreadyApplied: true };
    }
    const applied = await applyReleaseUpdate(db, scopeOf(ctx), ref, ctx.chunks);
    return {
      source: applied.source,
      version: applied.to.version,
      activitiesChanged: applied.activities.changed,
      linesChanged: applied.lines.changed,
      deltaKgCO2e: applied.kgCO2e.delta,
    };
  },
  "period.recompute": async (db, ctx) => {
    const { periodId } = JOB_KINDS["period.recompute"].params.parse(ctx.params);
    // Settings changed while this run computed (the request that changed them found it running and did
    // not queue another): run again with the new ones. Each pass is its own all-or-nothing transaction.
    for (let pass = 1; ; pass++) {
      const summary = await recomputeActivities(db, scopeOf(ctx), { periodId }, ctx.chunks);
      const now = await periodCalcSettings(db, ctx.organizationId, periodId);
      if (pass >= 3 || !now || !summary.settings || sameSettings(now, summary.settings)) return summary;
    }
  },
  // Reads only: a new file each run (the previous pack of the period is replaced once this one is complete).
  "evidence.pack": async (db, ctx) => {
    const { periodId, locale } = JOB_KINDS["evidence.pack"].params.parse(ctx.params);
    return buildEvidencePack(
      db,
      { organizationId: ctx.organizationId, periodId, runId: ctx.runId, actor: ctx.actor, locale },
      async (progress) => ctx.chunks.onProgress?.(progress),
    );
  },
  "import.commit": async (db, ctx) => {
    const { importId } = JOB_KINDS["import.commit"].params.parse(ctx.params);
    return runImportCommit(db, scopeOf(ctx), importId, { runId: ctx.runId, chunks: ctx.chunks });
  },
};
