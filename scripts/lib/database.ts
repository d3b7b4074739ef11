// Which PostgreSQL a command talks to: DATABASE_URL when set (any server), else the embedded one,
// started for the command and stopped after it.
import { scriptVar } from "./env.ts";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres.ts";
import { createDatabase, databaseName, redactUrl, withClient, withDatabase } from "./pg-admin.ts";

export interface DatabaseHandle {
  url: string;
  /** Set when we run the embedded PostgreSQL (then `url` points into it). */
  embedded?: EmbeddedPostgres;
  /** Human description, e.g. for a banner. */
  description: string;
  /** Stops the embedded PostgreSQL if we started it; a no-op for DATABASE_URL. */
  close(): Promise<void>;
}

/** Like `prisma migrate deploy`, create the target database when the server is there but it is not. */
async function ensureTargetDatabase(url: string, log: (line: string) => void): Promise<void> {
  try {
    await withClient(url, (c) => c.query("SELECT 1"));
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // 3D000: database does not exist
    await createDatabase(withDatabase(url, "postgres"), databaseName(url));
    log(`Created database ${databaseName(url)}`);
  }
}

export interface OpenDatabaseOptions {
  log?: (line: string) => void;
  /** With DATABASE_URL: create its database if missing (migrate, start), or not (status, check). */
  createIfMissing?: boolean;
}

export async function openDatabase({
  log = console.log,
  createIfMissing = true,
}: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = scriptVar("DATABASE_URL");
  if (url) {
    if (createIfMissing) await ensureTargetDatabase(url, log);
    return { url, description: `DATABASE_URL (${redactUrl(url)})`, close: async () => {} };
  }
  const pg = await startEmbeddedPostgres({ log });
  const relative = path.relative(process.cwd(), pg.dataDir);
  const where = relative && !relative.startsWith("..") ? relative : pg.dataDir;
  return {
    url: pg.url,
    embedded: pg,
    description: `embedded PostgreSQL on 127.0.0.1:${pg.port}, data in ${where}`,
    close: () => pg.stop(),
  };
}

/**
 * Runs `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exits 128+signal. Without it a Ctrl-C would kill
 * node before the embedded PostgreSQL (in its own process group) is stopped. Returns an unsubscribe.
 */
export function cleanupOnSignals(cleanup: () => Promise<void>): () => void {
  const codes: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
  let running = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (running) return;
    running = true;
    void cleanup()
      .catch((error: unknown) => console.error(error instanceof Error ? error.message : error))
      .finally(() => process.exit(128 + (codes[signal] ?? 0)));
  };
  for (const s of Object.keys(codes)) process.on(s, handler);
  return () => {
    for (const s of Object.keys(codes)) process.off(s, handler);
  };
}
