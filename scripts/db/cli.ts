// npm run db:migrate | db:new <name> | db:status | db:check | db:resolve -- --rolled-back <migration>
// The offline stand-in for `prisma migrate deploy/dev --create-only/status/diff/resolve`. Without
// DATABASE_URL it runs against the embedded PostgreSQL (started for the command, stopped after).
import { scriptVar } from "../lib/env.ts";
import path from "node:path";
import { cleanupOnSignals, openDatabase, type DatabaseHandle } from "../lib/database.ts";
import { createDatabase, dropDatabase, throwawayDatabaseName, withDatabase } from "../lib/pg-admin.ts";
import { type MigrationEngine, findMigrationProblems, withMigrationEngine } from "./engine.ts";
import {
  MIGRATIONS_DIR,
  REPO_ROOT,
  migrationDirNames,
  nextMigrationDirName,
  writeMigration,
} from "./migrations-dir.ts";

const USAGE = `Usage (npm run …):
  db:migrate                              apply pending migrations
  db:new <name>                           write the next migration from prisma/schema.prisma changes
  db:status                               list applied / pending / failed / edited migrations
  db:check                                fail if schema, migrations and database disagree
  db:resolve -- --rolled-back <migration> mark a failed migration as rolled back
Without DATABASE_URL the embedded PostgreSQL is used (ALBEDO_PG_DATA, ALBEDO_PG_PORT).`;

class UsageError extends Error {}

const say = (line: string): void => console.log(line);

/** Opens the command's database, closes it on exit or Ctrl-C. */
async function withCommandDatabase<T>(fn: (db: DatabaseHandle) => Promise<T>, createIfMissing = true): Promise<T> {
  const db = await openDatabase({ createIfMissing });
  const unsubscribe = cleanupOnSignals(() => db.close());
  try {
    say(`Database: ${db.description}`);
    return await fn(db);
  } finally {
    await db.close();
    unsubscribe();
  }
}

async function migrate(): Promise<number> {
  return withCommandDatabase(async (db) => {
    const applied = await withMigrationEngine(db.url, async (engine) => {
      try {
        return await engine.applyPending();
      } catch (error) {
        const failed = await engine.status().then(
          (s) => s.failed,
          () => [],
        );
        for (const name of failed) {
          // The script runs as one implicit transaction, so unless it commits by itself nothing of it remains.
          console.error(`✗ Migration ${name} failed. Fix it (or repair the database by hand), then run:`);
          console.error(`  npm run db:resolve -- --rolled-back ${name} && npm run db:migrate`);
        }
        throw error;
      }
    });
    const total = migrationDirNames().length;
    if (applied.length === 0) say(`Already up to date (${total} migration${total === 1 ? "" : "s"}).`);
    else for (const name of applied) say(`Applied ${name}`);
    return 0;
  });
}

async function newMigration(name: string | undefined): Promise<number> {
  if (!name) throw new UsageError("db:new needs a name, e.g. npm run db:new add_emission_factors");
  return withCommandDatabase(async (db) => {
    const sql = await withMigrationEngine(db.url, (engine) => engine.unmigratedSchemaChanges());
    if (sql === undefined || sql.trim() === "") {
      say("No changes: prisma/schema.prisma matches the migrations. Nothing written.");
      return 0;
    }
    const dirName = nextMigrationDirName(name, migrationDirNames());
    const file = writeMigration(dirName, sql);
    say(`Created ${path.relative(REPO_ROOT, file)}`);
    say("Review it (add data migrations by hand if needed), then run: npm run db:migrate");
    return 0;
  });
}

async function status(): Promise<number> {
  return withCommandDatabase(async (db) => {
    const s = await withMigrationEngine(db.url, (engine) => engine.status());
    const appliedAt = new Map(s.applied.map((a) => [a.name, a.finishedAt]));
    const mark = (name: string): string => {
      if (s.failed.includes(name)) return "FAILED ";
      if (s.edited.includes(name)) return "EDITED ";
      if (s.pending.includes(name)) return "pending";
      return appliedAt.has(name) ? "applied" : "?      ";
    };
    if (s.local.length === 0) say(`No migrations in ${path.relative(REPO_ROOT, MIGRATIONS_DIR)}.`);
    for (const name of s.local) {
      const at = appliedAt.get(name);
      say(`  ${mark(name)}  ${name}${at ? `  (${at.toISOString()})` : ""}`);
    }
    for (const name of s.missingLocally) say(`  MISSING  ${name}  (applied to the database, not in the folder)`);
    const problems = s.pending.length + s.failed.length + s.edited.length + s.missingLocally.length;
    if (problems === 0) {
      say(`Database is up to date: ${s.applied.length} applied.`);
      return 0;
    }
    if (s.pending.length > 0) say(`${s.pending.length} pending: run npm run db:migrate`);
    for (const name of s.failed) say(`${name} failed: repair, then npm run db:resolve -- --rolled-back ${name}`);
    if (s.edited.length > 0)
      say("Edited migrations: restore them from version control and add a new migration instead.");
    return 1;
  }, false);
}

async function check(): Promise<number> {
  return withCommandDatabase(async (db) => {
    let problems: string[];
    if (scriptVar("DATABASE_URL")) {
      problems = await withMigrationEngine(db.url, findMigrationProblems);
    } else {
      // CI / fresh machine: prove the migrations build the schema on an empty database, then compare.
      const name = throwawayDatabaseName("albedo_check");
      await createDatabase(db.url, name);
      try {
        say(`Applying the migrations to a throwaway database (${name})…`);
        problems = await withMigrationEngine(withDatabase(db.url, name), async (engine) => {
          await engine.applyPending();
          return findMigrationProblems(engine);
        });
      } finally {
        await dropDatabase(db.url, name);
      }
    }
    if (problems.length === 0) {
      say("OK: schema.prisma, the migrations and the database agree.");
      return 0;
    }
    for (const p of problems) console.error(`✗ ${p}`);
    return 1;
  }, false);
}

/** Accepts `--rolled-back X`, `--rolled-back=X`, or npm's npm_config_rolled_back when `--` was forgotten. */
function rolledBackArg(args: string[]): string | undefined {
  const i = args.findIndex((a) => a === "--rolled-back" || a.startsWith("--rolled-back="));
  if (i >= 0) return args[i]!.includes("=") ? args[i]!.split("=")[1] : args[i + 1];
  const fromNpm = scriptVar("npm_config_rolled_back");
  if (fromNpm && fromNpm !== "true") return fromNpm;
  return fromNpm === "true" ? args[0] : undefined;
}

async function resolve(args: string[]): Promise<number> {
  const name = rolledBackArg(args);
  if (!name) throw new UsageError("Usage: npm run db:resolve -- --rolled-back <migration>");
  return withCommandDatabase((db) =>
    withMigrationEngine(db.url, async (engine: MigrationEngine) => {
      const s = await engine.status();
      if (!s.failed.includes(name)) {
        const failed = s.failed.length > 0 ? `Failed migrations: ${s.failed.join(", ")}` : "No migration has failed.";
        throw new UsageError(`${name} is not a failed migration. ${failed}`);
      }
      await engine.markRolledBack(name);
      say(`Marked ${name} as rolled back. Fix it if needed, then run: npm run db:migrate`);
      return 0;
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "migrate":
      return migrate();
    case "new":
      return newMigration(args.filter((a) => !a.startsWith("-")).join("_") || undefined);
    case "status":
      return status();
    case "check":
      return check();
    case "resolve":
      return resolve(args);
    case undefined:
    case "help":
    case "--help":
      say(USAGE);
      return command ? 0 : 1;
    default:
      throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    if (scriptVar("ALBEDO_DB_DEBUG") && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
