// What the database benches share: a throwaway database on their own embedded PostgreSQL.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "../db/engine.ts";
import { REPO_ROOT } from "../db/migrations-dir.ts";
import { startEmbeddedPostgres } from "../lib/embedded-postgres.ts";
import { childEnv } from "../lib/env.ts";
import { createDatabase, dropDatabase, withDatabase } from "../lib/pg-admin.ts";

const execFileAsync = promisify(execFile);

/**
 * Runs `measure` on a fresh, migrated database of an embedded PostgreSQL kept in `.data/<dataDir>`, then
 * drops the database and stops the server, whatever happened.
 */
export async function withBenchDatabase<T>(
  { dataDir, port, prefix }: { dataDir: string; port: number; prefix: string },
  measure: (db: Db, url: string) => Promise<T>,
  prepare?: (url: string) => Promise<void>,
): Promise<T> {
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(REPO_ROOT, ".data", dataDir),
    port,
    durable: false,
    log: () => {},
  });
  const name = `${prefix}_${Date.now()}`;
  try {
    await createDatabase(pg.adminUrl, name);
    const url = withDatabase(pg.adminUrl, name);
    await applyMigrations(url);
    await prepare?.(url);
    const db = createPrismaClient(url);
    try {
      return await measure(db, url);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await dropDatabase(pg.adminUrl, name).catch(() => {});
    await pg.stop();
  }
}

/**
 * Installs the shipped factor library into `url` from a child process, so a bench that measures its own
 * process's memory does not count the loader's (reading every release file peaks far above the app's use).
 */
export async function loadFactorsInChild(url: string): Promise<void> {
  await execFileAsync(process.execPath, ["--import", "tsx", "scripts/factors/load-into-db.ts"], {
    cwd: REPO_ROOT,
    env: childEnv({ DATABASE_URL: url }),
  });
}
