// Vitest globalSetup for the `integration` project: one throwaway database per run, fully migrated.
// Server: DATABASE_URL if set (its database is left untouched; the throwaway one is created beside it),
// else the embedded PostgreSQL in .data/test-postgres on port 54339, apart from the dev one so tests can
// run while `npm run dev` does. Tests read the URL from process.env.DATABASE_URL (set by
// tests/setup/integration-env.ts in each worker) or inject("databaseUrl").
import { scriptVar, setScriptVar } from "../../scripts/lib/env.ts";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadFactorLibrary } from "../../lib/factors/db/load.ts";
import { applyMigrations } from "../../scripts/db/engine.ts";
import { SHADOW_DB_PREFIX } from "../../scripts/db/pg-adapter.ts";
import { REPO_ROOT } from "../../scripts/db/migrations-dir.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";
import {
  createDatabase,
  dropDatabase,
  dropStaleThrowawayDatabases,
  throwawayDatabaseName,
  withDatabase,
} from "../../scripts/lib/pg-admin.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql:// URL of this run's migrated throwaway database. */
    databaseUrl: string;
  }
}

export const TEST_DB_PREFIX = "albedo_test";
const TEST_PG_DATA = scriptVar("ALBEDO_TEST_PG_DATA") ?? path.join(REPO_ROOT, ".data", "test-postgres");
const TEST_PG_PORT = Number(scriptVar("ALBEDO_TEST_PG_PORT") ?? 54339);
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgres | undefined;
  let serverUrl = scriptVar("DATABASE_URL");
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: TEST_PG_DATA,
      port: TEST_PG_PORT,
      database: "postgres",
      durable: false, // test data is disposable: skip fsync
      log: (line) => console.log(`[test-postgres] ${line}`),
    });
    serverUrl = embedded.adminUrl;
  }
  const name = throwawayDatabaseName(TEST_DB_PREFIX);
  const url = withDatabase(serverUrl, name);
  try {
    await dropStaleThrowawayDatabases(serverUrl, [TEST_DB_PREFIX, SHADOW_DB_PREFIX, "albedo_check"], STALE_AFTER_MS);
    await createDatabase(serverUrl, name);
    await applyMigrations(url);
    await loadFactorLibrary(url, path.join(REPO_ROOT, "emission-factors"));
  } catch (error) {
    await dropDatabase(serverUrl, name).catch(() => {});
    await embedded?.stop();
    throw error;
  }

  setScriptVar("DATABASE_URL", url); // inherited by workers started after this
  project.provide("databaseUrl", url);

  return async () => {
    try {
      await dropDatabase(serverUrl, name);
    } finally {
      await embedded?.stop();
    }
  };
}
