// Reads a data directory's postmaster.pid to tell a stale lock (left by a crash) from a PostgreSQL that is
// still running, and if running, whether a live parent owns it or it was orphaned by a killed wrapper.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type PostmasterState =
  | { kind: "none" }
  | { kind: "stale"; pid: number }
  | { kind: "orphan"; pid: number; port: number }
  | { kind: "running"; pid: number; port: number; parentPid: number };

export function pidFile(dataDir: string): string {
  return path.join(dataDir, "postmaster.pid");
}

/** Line 1 is the PID, line 2 the data directory, line 4 the port (see PostgreSQL's pidfile.h). */
export function parsePostmasterPid(text: string): { pid: number; dataDir: string; port: number } | undefined {
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  return { pid, dataDir: lines[1] ?? "", port };
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}

/** Fields of /proc/<pid>/stat after the command name, which may contain spaces: [state, ppid, ...]. */
function procStat(pid: number): string[] | undefined {
  const stat = readProc(pid, "stat");
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** A zombie counts as gone: in containers whose PID 1 does not reap, an exited orphan stays one. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return procStat(pid)?.[0] !== "Z";
}

function parentPid(pid: number): number | undefined {
  const ppid = Number(procStat(pid)?.[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** True when `pid` is a postmaster started with `-D dataDir` (a recycled PID is not). */
function isPostmasterFor(pid: number, dataDir: string): boolean {
  const cmdline = readProc(pid, "cmdline");
  if (cmdline === undefined) return process.platform !== "linux"; // no /proc: trust the lock file
  const argv = cmdline.split("\0");
  const d = argv.indexOf("-D");
  return path.basename(argv[0] ?? "") === "postgres" && d >= 0 && path.resolve(argv[d + 1] ?? "") === dataDir;
}

/**
 * We start postgres as a direct child of a node process. If its parent is gone (re-parented to init or a
 * subreaper that is not node), the wrapper that owned it was killed without stopping it.
 */
function isOrphan(pid: number): boolean {
  const ppid = parentPid(pid);
  if (ppid === undefined || ppid <= 1) return true;
  const comm = (readProc(ppid, "comm") ?? "").trim();
  return !/^(node|tsx|vitest)/.test(comm);
}

export function inspectPostmaster(dataDir: string): PostmasterState {
  let text: string;
  try {
    text = readFileSync(pidFile(dataDir), "utf8");
  } catch {
    return { kind: "none" };
  }
  const info = parsePostmasterPid(text);
  if (!info) return { kind: "stale", pid: 0 };
  if (!isAlive(info.pid) || !isPostmasterFor(info.pid, dataDir)) return { kind: "stale", pid: info.pid };
  if (isOrphan(info.pid)) return { kind: "orphan", pid: info.pid, port: info.port };
  return { kind: "running", pid: info.pid, port: info.port, parentPid: parentPid(info.pid) ?? 0 };
}

export function removeStalePidFile(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Fast shutdown (SIGINT: disconnect clients, checkpoint, exit), then immediate shutdown (SIGQUIT), then SIGKILL.
 * `exited` lets the owner of a child process pass a promise that resolves on its 'exit' event.
 */
export async function stopPostmaster(pid: number, exited?: Promise<unknown>): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ["SIGINT", 30_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ];
  for (const [signal, timeoutMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    // The timeout timer is unref'd: once the child has exited it must not keep the process alive.
    const gone = exited
      ? await Promise.race([exited.then(() => true), sleep(timeoutMs, false, { ref: false })])
      : await waitForExit(pid, timeoutMs);
    if (gone) return;
  }
}
