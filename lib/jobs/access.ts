import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { JOB_KINDS, type TJobKind } from "@/lib/jobs/kinds";
import { findRun, type TJobRunRow } from "@/lib/jobs/runs";
import { assertPermission, type EffectiveRole } from "@/lib/permissions";

/** The organisation's run, if the role may follow (or, for "start", retry) runs of its kind. */
export async function runFor(
  db: Db,
  scope: { organizationId: string; role: EffectiveRole },
  runId: string,
  need: "read" | "start",
): Promise<TJobRunRow> {
  const run = await findRun(db, scope, runId);
  if (!run) throw new AppError("NOT_FOUND");
  assertPermission(scope.role, JOB_KINDS[run.kind as TJobKind][need]);
  return run;
}
