// Runs child processes (seed, build, server; the build alongside the database set-up) while owning the
// shutdown signals: a SIGINT/SIGTERM/SIGHUP is forwarded to every running child and remembered, so the caller can stop
// PostgreSQL after the child has exited and then exit with the child's code. npm does not forward
// signals reliably, so this wrapper is what makes Ctrl-C leave nothing behind.
//
// Each child gets its own process group and signals go to the whole group: `next dev` runs the server in
// a grandchild that its CLI does not always stop (e.g. on SIGHUP), and whatever is left in the group
// after the child exits is terminated too, so no `next-server` outlives us.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { constants } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const KILL_AFTER_MS = 20_000;
const STRAGGLER_GRACE_MS = 5_000;

/** SIGHUP would kill Next's processes without their shutdown handlers; ask them to terminate instead. */
const FORWARDED: Record<string, NodeJS.Signals> = { SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGTERM" };

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is empty
  }
}

/** Terminates what is left of a child's process group once its leader has exited. */
async function reapGroup(pid: number): Promise<void> {
  if (!signalGroup(pid, "SIGTERM")) return;
  const deadline = Date.now() + STRAGGLER_GRACE_MS;
  while (signalGroup(pid, 0)) {
    if (Date.now() > deadline) {
      signalGroup(pid, "SIGKILL");
      return;
    }
    await sleep(100);
  }
}

export function exitCodeFor(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

export class Supervisor {
  /** The first shutdown signal received, if any: callers stop starting new work once it is set. */
  signal: NodeJS.Signals | undefined;
  private readonly children = new Set<ChildProcess>();
  private killTimer: NodeJS.Timeout | undefined;
  private readonly handler = (signal: NodeJS.Signals): void => this.onSignal(signal);

  /**
   * @param onIdleSignal called on a second signal while no child runs (e.g. during migrations), to let
   * the caller give up at once instead of finishing the current step.
   */
  constructor(private readonly onIdleSignal: (signal: NodeJS.Signals) => void) {
    for (const s of SIGNALS) process.on(s, this.handler);
  }

  private onSignal(signal: NodeJS.Signals): void {
    const repeated = this.signal !== undefined;
    this.signal ??= signal;
    if (this.children.size === 0) {
      if (repeated) this.onIdleSignal(signal);
      return;
    }
    this.stopChildren(FORWARDED[signal] ?? "SIGTERM");
  }

  /** Asks every running child to stop, and kills those still there after KILL_AFTER_MS. */
  stopChildren(signal: NodeJS.Signals = "SIGTERM"): void {
    for (const child of this.children) if (child.pid) signalGroup(child.pid, signal);
    // A child that ignores the request must not keep PostgreSQL (and the terminal) hostage forever.
    this.killTimer ??= setTimeout(() => {
      for (const child of this.children) {
        process.stderr.write(`Child ${child.pid} did not exit ${KILL_AFTER_MS / 1000}s after ${signal}: killing it.\n`);
        if (child.pid) signalGroup(child.pid, "SIGKILL");
      }
    }, KILL_AFTER_MS);
    this.killTimer.unref();
  }

  /**
   * Spawns `command` with inherited output and resolves with its exit code (128+n when killed by signal n)
   * once its whole process group is gone. No stdin: a background process group reading the terminal
   * would be stopped by SIGTTIN.
   */
  run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
    if (this.signal) return Promise.resolve(exitCodeFor(null, this.signal));
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options, detached: true });
      this.children.add(child);
      const done = (): void => {
        this.children.delete(child);
        if (this.children.size > 0) return;
        clearTimeout(this.killTimer);
        this.killTimer = undefined;
      };
      child.on("error", (error) => {
        done();
        reject(error);
      });
      child.on("exit", (code, signal) => {
        const pid = child.pid;
        void (pid ? reapGroup(pid) : Promise.resolve()).finally(() => {
          done();
          resolve(exitCodeFor(code, signal));
        });
      });
    });
  }

  /** Whether a child is running now (the server, once started). */
  get running(): boolean {
    return this.children.size > 0;
  }

  dispose(): void {
    for (const s of SIGNALS) process.off(s, this.handler);
  }
}
