// PostgreSQL refuses to run as root. When we are root we run it as the `postgres` OS user, creating
// that user if needed, and make sure it can reach the data directory and the binaries.
import { execFileSync } from "node:child_process";
import { chmodSync, statSync } from "node:fs";
import path from "node:path";

export interface OsUser {
  uid: number;
  gid: number;
}

const PG_OS_USER = "postgres";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function lookupUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function groupExists(name: string): boolean {
  try {
    execFileSync("getent", ["group", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The user PostgreSQL must run as: undefined when we are not root (then it runs as ourselves). */
export function ensurePostgresOsUser(log: (line: string) => void): OsUser | undefined {
  if (!isRoot()) return undefined;
  const existing = lookupUser(PG_OS_USER);
  if (existing) return existing;
  const groupArgs = groupExists(PG_OS_USER) ? ["--gid", PG_OS_USER] : ["--user-group"];
  try {
    execFileSync(
      "useradd",
      ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", ...groupArgs, PG_OS_USER],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(
      `PostgreSQL cannot run as root, and the '${PG_OS_USER}' OS user is missing and could not be created ` +
        `(${detail}). Create it (useradd --system ${PG_OS_USER}), run as a non-root user, ` +
        "or set DATABASE_URL to an existing PostgreSQL server.",
      { cause: error },
    );
  }
  const created = lookupUser(PG_OS_USER);
  if (!created) throw new Error(`Created the '${PG_OS_USER}' OS user but cannot look it up (id ${PG_OS_USER}).`);
  log(`Created the system user '${PG_OS_USER}' to run the embedded PostgreSQL (it refuses to run as root).`);
  return created;
}

function canTraverse(dir: string, user: OsUser): boolean {
  const st = statSync(dir);
  if (st.uid === user.uid) return (st.mode & 0o100) !== 0;
  if (st.gid === user.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/**
 * Every ancestor of `target` must be searchable by `user`, or PostgreSQL cannot open its files.
 * Adds the "others may traverse" bit (not read) where it is missing, and says so.
 */
export function ensureTraversable(target: string, user: OsUser, log: (line: string) => void): void {
  const fixed: string[] = [];
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    if (!canTraverse(dir, user)) {
      try {
        chmodSync(dir, statSync(dir).mode | 0o001);
        fixed.push(dir);
      } catch (error) {
        throw new Error(
          `The '${PG_OS_USER}' OS user cannot reach ${target} because ${dir} is not traversable, ` +
            `and chmod o+x failed (${(error as Error).message}). Move the data with ALBEDO_PG_DATA.`,
          { cause: error },
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (fixed.length > 0) log(`Made ${fixed.join(", ")} traversable (o+x) so PostgreSQL can reach ${target}.`);
}
