import type { Tx } from "@/lib/db/client";

// Every write to a period's emission lines bumps that period's ReportingVersion in the writer's transaction
// (statement-level triggers, prisma/migrations/…_reporting_rollup), which is what tells a rollup it is
// stale. A file import writes its rows in one long transaction: bumping per statement would keep the
// period's version row locked, and every other writer of that period waiting, until the import commits.
// It defers the bumps instead, and makes them itself just before committing.

/** The rest of this transaction's line writes leave ReportingVersion alone (until `bumpReportingVersions`). */
export async function deferReportingVersions(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT set_config('albedo.defer_reporting_versions', 'on', true)`;
}

/** Bumps the versions of `periodIds`, as the triggers would have, and stops deferring. */
export async function bumpReportingVersions(
  tx: Tx,
  organizationId: string,
  periodIds: readonly string[],
): Promise<void> {
  await tx.$executeRaw`SELECT set_config('albedo.defer_reporting_versions', 'off', true)`;
  if (periodIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ReportingVersion" ("organizationId", "periodId", "version")
    SELECT ${organizationId}, p, 1 FROM unnest(${[...periodIds]}::text[]) AS p
    ON CONFLICT ("organizationId", "periodId") DO UPDATE SET "version" = "ReportingVersion"."version" + 1`;
}
