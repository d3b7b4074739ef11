// Prisma migrations without the Prisma CLI: the wasm schema engine applies, diagnoses and diffs the
// standard prisma/migrations folder, recording history in Prisma's own _prisma_migrations table.
// Used by scripts/db/cli.ts, scripts/start.ts and the integration-test setup.
import { scriptVar } from "../lib/env.ts";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { withClient } from "../lib/pg-admin.ts";
import { createMigrationAdapter } from "./pg-adapter.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrationList, readSchemaFiles } from "./migrations-dir.ts";
import { lastPanicMessage, loadSchemaEngine } from "./wasm-runtime.ts";

const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineOptions {
  /** Default: prisma/migrations. */
  migrationsDir?: string;
  /** Default: prisma/schema.prisma. */
  schemaPath?: string;
}

export interface AppliedMigration {
  name: string;
  finishedAt: Date;
}

export interface MigrationStatus {
  /** Migration directories, in order. */
  local: string[];
  /** Finished and not rolled back, in the order they were applied. */
  applied: AppliedMigration[];
  /** In the folder, not yet applied. */
  pending: string[];
  /** Started but not finished: block every later deploy until resolved. */
  failed: string[];
  /** Applied, but migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied to the database but absent from the folder. */
  missingLocally: string[];
}

/** A message fit for a terminal: the engine appends a Rust span trace we do not want to show. */
export function engineErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  let message = raw.split(/\n\s+0: /)[0]!.trim();
  if (/unreachable|panicked/i.test(message) || message === "") {
    const panic = lastPanicMessage();
    if (panic) message = `${message} (schema engine panic: ${panic})`;
  }
  return message;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new MigrationError(`${what} failed: ${engineErrorMessage(error)}`, { cause: error });
  }
}

export class MigrationEngine {
  private constructor(
    readonly url: string,
    private readonly engine: SchemaEngine,
    private readonly closeAdapters: () => Promise<void>,
    private readonly migrationsDir: string,
    private readonly schemaPath: string,
  ) {}

  /** Connects to `url` (the engine connects eagerly, so the database must exist and be reachable). */
  static async open(url: string, options: EngineOptions = {}): Promise<MigrationEngine> {
    const schemaPath = options.schemaPath ?? SCHEMA_PATH;
    const SchemaEngineClass = await loadSchemaEngine();
    const adapter = createMigrationAdapter(url);
    const datamodels = readSchemaFiles(schemaPath).map((f): [string, string] => [f.path, f.content]);
    const debug = scriptVar("ALBEDO_DB_DEBUG") ? (line: string) => console.error(`[schema-engine] ${line}`) : () => {};
    try {
      const engine = await SchemaEngineClass.new({ datamodels }, debug, adapter.factory);
      return new MigrationEngine(url, engine, adapter.close, options.migrationsDir ?? MIGRATIONS_DIR, schemaPath);
    } catch (error) {
      await adapter.close();
      throw new MigrationError(`Cannot start the migration engine: ${engineErrorMessage(error)}`, { cause: error });
    }
  }

  private migrations() {
    return readMigrationList(this.migrationsDir);
  }

  /** `prisma migrate deploy`: applies pending migrations, returns their names. */
  async applyPending(): Promise<string[]> {
    const out = await call("Applying migrations", () =>
      this.engine.applyMigrations({ migrationsList: this.migrations(), filters: FILTERS }),
    );
    return out.appliedMigrationNames;
  }

  async status(): Promise<MigrationStatus> {
    const migrationsList = this.migrations();
    const diagnosis = await call("Reading the migration history", () =>
      this.engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
    );
    const history = diagnosis.history;
    const pending =
      history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const missingLocally =
      history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
    return {
      local: migrationsList.migrationDirectories.map((d) => d.path),
      applied: diagnosis.hasMigrationsTable ? await this.appliedMigrations() : [],
      pending,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      missingLocally,
    };
  }

  /** Read straight from _prisma_migrations: the engine reports problems, not the applied list. */
  private async appliedMigrations(): Promise<AppliedMigration[]> {
    const schema = new URL(this.url).searchParams.get("schema") ?? "public";
    return withClient(this.url, async (client) => {
      const table = `${client.escapeIdentifier(schema)}."_prisma_migrations"`;
      const res = await client.query<{ migration_name: string; finished_at: Date }>(
        `SELECT migration_name, finished_at FROM ${table}
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY finished_at, migration_name`,
      );
      return res.rows.map((r) => ({ name: r.migration_name, finishedAt: r.finished_at }));
    });
  }

  /**
   * SQL that would bring the migrations up to schema.prisma, or undefined when they already match.
   * Replays the migrations in a temporary shadow database.
   */
  async unmigratedSchemaChanges(): Promise<string | undefined> {
    const files = readSchemaFiles(this.schemaPath);
    const diff = await call("Comparing the migrations with the Prisma schema", () =>
      this.engine.diff({
        from: { tag: "migrations", ...this.migrations() },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: FILTERS,
      }),
    );
    return diff.exitCode === 2 ? (diff.stdout ?? "") : undefined;
  }

  /**
   * SQL that would turn what the migrations produce into what the database actually has, or undefined
   * when they match. Meaningful once every migration is applied.
   */
  async drift(): Promise<string | undefined> {
    const files = readSchemaFiles(this.schemaPath);
    const diff = await call("Comparing the database with the migrations", () =>
      this.engine.diff({
        from: { tag: "migrations", ...this.migrations() },
        to: { tag: "schemaDatasource", files, configDir: process.cwd() },
        script: true,
        exitCode: true,
        filters: FILTERS,
      }),
    );
    return diff.exitCode === 2 ? (diff.stdout ?? "") : undefined;
  }

  /** `prisma migrate resolve --rolled-back`: lets a fixed migration be applied again. */
  async markRolledBack(name: string): Promise<void> {
    await call(`Marking ${name} as rolled back`, () => this.engine.markMigrationRolledBack({ migrationName: name }));
  }

  async close(): Promise<void> {
    this.engine.free();
    await this.closeAdapters();
  }
}

/** Opens an engine on `url`, runs `fn`, always closes it. */
export async function withMigrationEngine<T>(
  url: string,
  fn: (engine: MigrationEngine) => Promise<T>,
  options?: EngineOptions,
): Promise<T> {
  const engine = await MigrationEngine.open(url, options);
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

/** Applies pending migrations to `url` (the database must exist). Returns the names applied. */
export function applyMigrations(url: string, options?: EngineOptions): Promise<string[]> {
  return withMigrationEngine(url, (engine) => engine.applyPending(), options);
}

export { findMigrationProblems } from "./check.ts";
