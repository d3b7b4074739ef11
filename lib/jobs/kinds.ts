import { ZReleaseRef } from "@/lib/factors/acceptance/release-ref";
import type { Permission } from "@/lib/permissions";
import { requiredText, z } from "@/lib/validation";

// The kinds of background job, their parameters, the pg-boss queue each runs on and who may start or
// follow one. Pure data: the handlers live in lib/jobs/handlers.ts.

export const ZPeriodRecomputeParams = z.object({ periodId: requiredText(100) });

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
