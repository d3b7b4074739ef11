import { ZReleaseRef } from "@/lib/factors/acceptance/release-ref";
import type { Permission } from "@/lib/permissions";
import { requiredText, z } from "@/lib/validation";

// The kinds of background job, their parameters, the pg-boss queue each runs on and who may start or
// follow one. Pure data: the handlers live in lib/jobs/handlers.ts.

export const ZPeriodRecomputeParams = z.object({ periodId: requiredText(100) });

export const ZEvidencePackParams = z.object({ periodId: requiredText(100), locale: z.enum(["fr", "en"]) });

export const ZImportCommitParams = z.object({ importId: requiredText(100) });

export const JOB_KINDS = {
  "release.apply": {
    queue: "release-apply",
    params: ZReleaseRef,
    targetKey: (p: z.output<typeof ZReleaseRef>) => `${p.source}@${p.version}`,
    start: "factors.manage",
    read: "factors.read",
  },
  "period.recompute": {
    queue: "period-recompute",
    params: ZPeriodRecomputeParams,
    targetKey: (p: z.output<typeof ZPeriodRecomputeParams>) => p.periodId,
    start: "periods.manage",
    read: "periods.manage",
  },
  // The auditors' evidence pack of a period (lib/exports/evidence-pack.ts): it holds the audit trail, so
  // it is for those who may read the trail.
  "evidence.pack": {
    queue: "evidence-pack",
    params: ZEvidencePackParams,
    targetKey: (p: z.output<typeof ZEvidencePackParams>) => p.periodId,
    start: "audit.read",
    read: "audit.read",
  },
  // A confirmed file import (lib/imports/commit.ts): staged chunk by chunk, switched in at the end.
  "import.commit": {
    queue: "import-commit",
    params: ZImportCommitParams,
    targetKey: (p: z.output<typeof ZImportCommitParams>) => p.importId,
    start: "imports.manage",
    read: "imports.read",
  },
} as const satisfies Record<
  string,
  { queue: string; params: z.ZodType; targetKey: (p: never) => string; start: Permission; read: Permission }
>;

export type TJobKind = keyof typeof JOB_KINDS;
export const JOB_KIND_NAMES = Object.keys(JOB_KINDS) as TJobKind[];
export const ZJobKind = z.enum(JOB_KIND_NAMES as [TJobKind, ...TJobKind[]]);
export type TJobParams<K extends TJobKind> = z.output<(typeof JOB_KINDS)[K]["params"]>;

/** The key that makes a run unique while it is queued or running: one live run per kind and target. */
export function activeKeyOf(kind: TJobKind, targetKey: string): string {
  return `${kind}:${targetKey}`;
}

/** What pg-boss carries: only ids; the run row holds the rest. */
export const ZJobMessage = z.object({ runId: z.string().min(1), organizationId: z.string().min(1) });
export type TJobMessage = z.output<typeof ZJobMessage>;
