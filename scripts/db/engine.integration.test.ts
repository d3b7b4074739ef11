// The migration engine against a real PostgreSQL: each test gets its own empty database next to the
// run's shared one, so it can apply, break and inspect migrations freely.
import { scriptVar } from "../lib/env.ts";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, throwawayDatabaseName, withClient, withDatabase } from "../lib/pg-admin.ts";
import { MigrationEngine, MigrationError, findMigrationProblems, withMigrationEngine } from "./engine.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrationChecksum, migrationDirNames } from "./migrations-dir.ts";

const serverUrl = scriptVar("DATABASE_URL")!;
const created: string[] = [];
const tempDirs: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = throwawayDatabaseName("albedo_test");
  await createDatabase(serverUrl, name);
  created.push(name);
  return withDatabase(serverUrl, name);
}

/** A scratch copy of prisma/migrations that a test may edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "albedo-migrations-"));
  tempDirs.push(dir);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe("migration engine", () => {
  const local = migrationDirNames();

  it("applies every migration to an empty database, then finds nothing pending and no drift", async () => {
    const url = await freshDatabase();
    await withMigrationEngine(url, async (engine) => {
      expect((await engine.status()).pending).toEqual(local);
      expect(await engine.applyPending()).toEqual(local);
      const status = await engine.status();
      expect(status).toMatchObject({ pending: [], failed: [], edited: [], missingLocally: [] });
      expect(status.applied.map((a) => a.name)).toEqual(local);
      expect(await engine.unmigratedSchemaChanges()).toBeUndefined();
      expect(await engine.drift()).toBeUndefined();
      expect(await findMigrationProblems(engine)).toEqual([]);
      expect(await engine.applyPending()).toEqual([]);
    });
  });

  it("records Prisma's checksum (sha256 of migration.sql) in _prisma_migrations", async () => {
    const url = await freshDatabase();
    await withMigrationEngine(url, (engine) => engine.applyPending());
    const sql = "SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name";
    const rows = await withClient(url, async (c) => (await c.query(sql)).rows);
    expect(rows).toEqual(
      local.map((name) => ({
        migration_name: name,
        checksum: migrationChecksum(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))),
      })),
    );
  });

  it("detects a migration edited after it was applied", async () => {
    const url = await freshDatabase();
    await withMigrationEngine(url, (engine) => engine.applyPending());
    const dir = copyOfMigrations();
    const first = local[0]!;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited afterwards\n");
    await withMigrationEngine(
      url,
      async (engine) => {
        expect((await engine.status()).edited).toEqual([first]);
        const problems = await findMigrationProblems(engine);
        expect(problems.join("\n")).toContain(`${first} was edited`);
      },
      { migrationsDir: dir },
    );
  });

  it("reports changes made to the database outside the migrations (drift)", async () => {
    const url = await freshDatabase();
    await withMigrationEngine(url, (engine) => engine.applyPending());
    await withClient(url, (c) => c.query('ALTER TABLE "Site" ADD COLUMN "sneaky" integer'));
    await withMigrationEngine(url, async (engine) => {
      expect(await engine.drift()).toContain('"sneaky"');
      expect((await findMigrationProblems(engine)).join("\n")).toContain("drifted");
    });
  });

  it("reports schema.prisma changes that no migration covers", async () => {
    const url = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "albedo-schema-"));
    tempDirs.push(dir);
    const schemaPath = path.join(dir, "schema.prisma");
    writeFileSync(schemaPath, `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel ScratchThing {\n  id String @id\n}\n`);
    await withMigrationEngine(
      url,
      async (engine) => {
        await engine.applyPending();
        expect(await engine.unmigratedSchemaChanges()).toContain('CREATE TABLE "ScratchThing"');
        expect((await findMigrationProblems(engine)).join("\n")).toContain("no migration covers");
      },
      { schemaPath },
    );
  });

  it("runs a migration whole: semicolons in strings and bodies survive, a failure leaves nothing, resolve unblocks", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    const name = "29991231000000_scratch";
    mkdirSync(path.join(dir, name));
    const file = path.join(dir, name, "migration.sql");
    const body = `CREATE TABLE "Scratch" (v text DEFAULT 'a;b');
COMMENT ON TABLE "Scratch" IS 'one; two';
CREATE FUNCTION scratch_fn() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;
`;
    writeFileSync(file, `${body}SELECT 1/0;\n`);
    const engine = await MigrationEngine.open(url, { migrationsDir: dir });
    try {
      await expect(engine.applyPending()).rejects.toThrow(MigrationError);
      expect((await engine.status()).failed).toEqual([name]);
      const leftover = await withClient(
        url,
        async (c) => (await c.query(`SELECT to_regclass('"Scratch"') AS t`)).rows[0],
      );
      expect(leftover).toEqual({ t: null }); // one implicit transaction: the CREATE TABLE was rolled back
      await expect(engine.applyPending()).rejects.toThrow(/failed migrations/);

      await engine.markRolledBack(name);
      writeFileSync(file, body);
      expect(await engine.applyPending()).toEqual([name]);
      const sql = `SELECT obj_description('"Scratch"'::regclass) AS d, scratch_fn() AS f`;
      const row = await withClient(url, async (c) => (await c.query(sql)).rows[0]);
      expect(row).toEqual({ d: "one; two", f: 1 });
      expect((await engine.status()).failed).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
