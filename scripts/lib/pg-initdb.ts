// First use of a data directory: `initdb` as the server's OS user, with password auth for a fixed local
// superuser (the server only listens on 127.0.0.1).
import { childEnv } from "./env.ts";
import { spawn } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pgBinaries } from "./pg-binaries.ts";
import type { OsUser } from "./pg-os-user.ts";

async function runAs(cmd: string, args: string[], user: OsUser | undefined): Promise<void> {
  const child = spawn(cmd, args, {
    ...(user ?? {}),
    cwd: "/",
    env: childEnv({ LC_ALL: "C", LANG: "C" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`${path.basename(cmd)} failed (exit ${code}):\n${output.trim()}`);
}

export async function initialiseCluster(
  dataDir: string,
  superuser: { name: string; password: string },
  user: OsUser | undefined,
  log: (line: string) => void,
): Promise<void> {
  const entries = readdirSync(dataDir);
  if (entries.length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Remove it or set ALBEDO_PG_DATA.`,
    );
  }
  const { initdb } = await pgBinaries();
  log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
  // initdb reads the superuser password from a file: a private temporary one, readable by the
  // server's OS user only, removed right after.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "albedo-initdb-"));
  const pwFile = path.join(tmp, "pw");
  writeFileSync(pwFile, `${superuser.password}\n`, { mode: 0o600 });
  if (user) {
    chownSync(tmp, user.uid, user.gid);
    chownSync(pwFile, user.uid, user.gid);
  }
  try {
    // The builtin C.UTF-8 locale gives Unicode-aware upper/lower without depending on OS locales.
    await runAs(
      initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${superuser.name}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      user,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
