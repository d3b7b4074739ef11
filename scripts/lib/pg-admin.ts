// Small PostgreSQL administration helpers over plain `pg` (create/drop databases, wait until reachable).
import pg from "pg";
import { setTimeout as sleep } from "node:timers/promises";

/** The same server URL pointing at another database (e.g. the `postgres` maintenance database). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`The database URL has no database name: ${redactUrl(url)}`);
  return name;
}

/** For messages: hide the password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<invalid URL>";
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // a server shutting down must not crash us; the query rejects anyway
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Retries until the server accepts a connection (it refuses while starting or recovering). */
export async function waitUntilReachable(
  url: string,
  timeoutMs: number,
  giveUp: () => string | undefined = () => undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withClient(url, (c) => c.query("SELECT 1"));
      return;
    } catch (error) {
      const reason = giveUp();
      if (reason) throw new Error(reason, { cause: error });
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL not reachable after ${timeoutMs} ms: ${(error as Error).message}`, {
          cause: error,
        });
      await sleep(100);
    }
  }
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => {
    const res = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return res.rowCount === 1;
  });
}

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  if (await databaseExists(adminUrl, name)) return false;
  try {
    await createDatabase(adminUrl, name);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // created concurrently: fine
    return false;
  }
  return true;
}

/** WITH (FORCE) disconnects leftover sessions (e.g. a test's pool that was not closed). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}

/** A unique name for a disposable database: <prefix>_<epoch ms>_<random>, so leftovers can be aged. */
export function throwawayDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now()}_${Math.random().toString(16).slice(2, 8)}`;
}

/**
 * Drops disposable databases (named by throwawayDatabaseName) older than `maxAgeMs` that a killed run
 * left behind. Younger ones may belong to a run still going on, so they stay.
 */
export async function dropStaleThrowawayDatabases(
  adminUrl: string,
  prefixes: string[],
  maxAgeMs: number,
): Promise<string[]> {
  const names = await withClient(
    adminUrl,
    async (c) => (await c.query<{ datname: string }>("SELECT datname FROM pg_database")).rows,
  );
  const createdAt = (name: string): number | undefined => {
    for (const prefix of prefixes) {
      const match = new RegExp(`^${prefix}_(\\d{13})_[0-9a-f]+$`).exec(name);
      if (match) return Number(match[1]);
    }
    return undefined;
  };
  const cutoff = Date.now() - maxAgeMs;
  const stale = names.map((r) => r.datname).filter((name) => (createdAt(name) ?? Infinity) < cutoff);
  for (const name of stale) await dropDatabase(adminUrl, name).catch(() => {});
  return stale;
}
