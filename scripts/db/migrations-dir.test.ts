import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  LOCKFILE_CONTENT,
  migrationChecksum,
  migrationDirNames,
  migrationTimestamp,
  nextMigrationDirName,
  readMigrationList,
  slugifyMigrationName,
  writeMigration,
} from "./migrations-dir.ts";

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), "albedo-mig-unit-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("migration naming", () => {
  it("stamps migrations in UTC as YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607");
  });

  it("slugifies names the way a directory wants them", () => {
    expect(slugifyMigrationName("Add emission factors")).toBe("add_emission_factors");
    expect(slugifyMigrationName("  données-énergie v2 ")).toBe("donnees_energie_v2");
    expect(slugifyMigrationName("x".repeat(300))).toHaveLength(200);
    expect(() => slugifyMigrationName("--- !")).toThrow(/Invalid migration name/);
  });

  it("keeps migrations ordered even when the clock is behind the latest one", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(nextMigrationDirName("init", [], now)).toBe("20260101000000_init");
    expect(nextMigrationDirName("b", ["20260101000000_a"], now)).toBe("20260101000001_b");
    expect(nextMigrationDirName("c", ["20270101235959_future"], now)).toBe("20270102000000_c");
    expect(nextMigrationDirName("d", ["20250101000000_old"], now)).toBe("20260101000000_d");
  });
});

describe("checksum", () => {
  it("is the SHA-256 hex of migration.sql, as Prisma stores it", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(migrationChecksum(Buffer.from("SELECT 1;\n"))).toBe(migrationChecksum("SELECT 1;\n"));
  });
});

describe("migrations folder", () => {
  it("lists only directories, in lexicographic order", () => {
    const d = tempDir();
    for (const n of ["20260102000000_b", "20260101000000_a"]) mkdirSync(path.join(d, n));
    writeFileSync(path.join(d, "migration_lock.toml"), LOCKFILE_CONTENT);
    expect(migrationDirNames(d)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(migrationDirNames(path.join(d, "missing"))).toEqual([]);
  });

  it("reads the folder in the schema engine's shape, flagging a missing migration.sql", () => {
    const d = tempDir();
    writeMigration("20260101000000_a", "SELECT 1;", d);
    mkdirSync(path.join(d, "20260102000000_b"));
    const list = readMigrationList(d);
    expect(list.lockfile).toEqual({ path: "migration_lock.toml", content: LOCKFILE_CONTENT });
    expect(list.migrationDirectories[0]).toEqual({
      path: "20260101000000_a",
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: "SELECT 1;\n" } },
    });
    expect(list.migrationDirectories[1]?.migrationFile.content.tag).toBe("error");
  });

  it("assumes PostgreSQL only while there is no history yet", () => {
    const d = tempDir();
    expect(readMigrationList(d).lockfile.content).toBe(LOCKFILE_CONTENT);
    mkdirSync(path.join(d, "20260101000000_a"));
    expect(readMigrationList(d).lockfile.content).toBeNull();
  });

  it("writes the lock file with the first migration and never overwrites a migration", () => {
    const d = tempDir();
    const file = writeMigration("20260101000000_a", "SELECT 1;\n", d);
    expect(readFileSync(path.join(d, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(() => writeMigration("20260101000000_a", "SELECT 2;", d)).toThrow();
    expect(readFileSync(file, "utf8")).toBe("SELECT 1;\n");
  });
});
