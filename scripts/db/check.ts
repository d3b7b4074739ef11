// What `npm run db:check` verifies, as human-readable problems (an empty list means all is well).
import type { MigrationEngine } from "./engine.ts";

/** Shows the first lines of a generated SQL script inside a message. */
function excerpt(sql: string, lines = 12): string {
  const all = sql.trim().split("\n");
  const shown = all.slice(0, lines).map((l) => `    ${l}`);
  if (all.length > lines) shown.push(`    … (${all.length - lines} more lines)`);
  return shown.join("\n");
}

/**
 * Everything `db:check` verifies: the migration history is fully applied and untouched, schema.prisma has
 * no change that no migration covers, and the database has not drifted from the migrations.
 * Returns human-readable problems; an empty list means all is well.
 */
export async function findMigrationProblems(engine: MigrationEngine): Promise<string[]> {
  const problems: string[] = [];
  const status = await engine.status();
  for (const name of status.failed) {
    problems.push(
      `Migration ${name} failed. Repair the database by hand, then run: npm run db:resolve -- --rolled-back ${name}`,
    );
  }
  for (const name of status.edited) {
    problems.push(`Migration ${name} was edited after it was applied. Restore it and add a new migration instead.`);
  }
  if (status.pending.length > 0) {
    problems.push(
      `${status.pending.length} migration(s) not applied: ${status.pending.join(", ")}. Run: npm run db:migrate`,
    );
  }
  if (status.missingLocally.length > 0) {
    problems.push(`Applied to the database but missing from prisma/migrations: ${status.missingLocally.join(", ")}`);
  }
  // A diff that cannot run (e.g. an edited migration no longer replays) is itself a problem to report.
  const attempt = async (run: () => Promise<string | undefined>): Promise<string | undefined> =>
    run().catch((error: unknown) => {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    });
  const changes = await attempt(() => engine.unmigratedSchemaChanges());
  if (changes !== undefined) {
    problems.push(
      `prisma/schema.prisma has changes that no migration covers. Run: npm run db:new <name>\n${excerpt(changes)}`,
    );
  }
  // Drift only means something when the history is in sync; otherwise it repeats the problems above.
  if (status.pending.length + status.failed.length + status.missingLocally.length === 0) {
    const drift = await attempt(() => engine.drift());
    if (drift !== undefined) {
      problems.push(
        "The database has drifted from the migrations: it was changed outside them. " +
          `What it has beyond them, as SQL:\n${excerpt(drift)}`,
      );
    }
  }
  return problems;
}
