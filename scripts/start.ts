// npm start / npm run dev: one command from a fresh clone to a running Albedo.
//   AUTH_SECRET (generated into .auth-secret when unset), APP_URL (http://localhost:$PORT when unset),
//   then side by side:
//     next build if sources changed (not --dev)
//     PostgreSQL (embedded unless DATABASE_URL is set) → migrations → factor library → demo data
//   → scripts/serve.ts (the built app, as `next start` serves it, knowing each client's address) or, with
//     --dev, next dev, on $PORT (default 3000). Each phase prints its duration.
// Ctrl-C / SIGTERM / SIGHUP go to Next first; PostgreSQL is stopped after Next has exited, and we exit
// with Next's code. ALBEDO_PG_DATA, ALBEDO_PG_PORT and PORT let a second copy run alongside (tests).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { childEnv, scriptVar } from "./lib/env.ts";
import { MigrationError, applyMigrations } from "./db/engine.ts";
import { REPO_ROOT } from "./db/migrations-dir.ts";
import { describeOutcomes } from "../lib/factors/db/install.ts";
import { loadFactorLibrary } from "../lib/factors/db/load.ts";
import { ensureAuthSecret } from "./lib/auth-secret.ts";
import { openDatabase, type DatabaseHandle } from "./lib/database.ts";
import { buildNeeded } from "./lib/next-build.ts";
import { isPortFree } from "./lib/port.ts";
import { Supervisor, exitCodeFor } from "./lib/supervisor.ts";

const dev = process.argv.includes("--dev");
const port = Number(scriptVar("PORT") ?? 3000);
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const tsxCli = require.resolve("tsx/cli");
const seedScript = path.join(REPO_ROOT, "prisma", "seed", "run.ts");
const serveScript = path.join(REPO_ROOT, "scripts", "serve.ts");

const say = (line: string): void => console.log(`[albedo] ${line}`);

let database: DatabaseHandle | undefined;
let exiting = false;

/** Stops PostgreSQL (if we started it) and exits; safe to call more than once. */
async function shutdown(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    supervisor.dispose();
    if (database?.embedded?.owned) say("Stopping PostgreSQL…");
    await database?.close().catch((error: unknown) => console.error(error));
  }
  process.exit(code);
}

// A second signal while no child runs (PostgreSQL starting, migrations) gives up at once; the embedded
// PostgreSQL module still sends its server a shutdown request from its exit hook.
const supervisor = new Supervisor((signal) => {
  say(`${signal} again: exiting now.`);
  process.exit(exitCodeFor(null, signal));
});

/** After each step: if a signal arrived meanwhile, stop here. */
async function stopIfSignalled(): Promise<void> {
  if (supervisor.signal) await shutdown(exitCodeFor(null, supervisor.signal));
}

async function waitUntilServing(url: string): Promise<boolean> {
  while (supervisor.running && !supervisor.signal) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return false;
}

/** Runs one start-up phase and prints its duration. */
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  say(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** next build, when the sources changed since the last one; runs while the database is being set up. */
function startBuild(env: NodeJS.ProcessEnv): Promise<number> {
  const reason = dev ? undefined : buildNeeded(REPO_ROOT);
  if (!reason) return Promise.resolve(0);
  say(`Building the app in the background (${reason})…`);
  return phase("next build", () => supervisor.run(process.execPath, [nextBin, "build"], { cwd: REPO_ROOT, env }));
}

/** PostgreSQL, migrations, factor library and demo data, one after another; sets `database`. */
async function setUpDatabase(appEnv: NodeJS.ProcessEnv): Promise<void> {
  if (!scriptVar("DATABASE_URL")) say("DATABASE_URL is not set: starting the embedded PostgreSQL…");
  database = await phase("PostgreSQL", () => openDatabase({ log: say }));
  const url = database.url;
  say(`Database: ${database.description}`);
  await stopIfSignalled();

  const applied = await phase("migrations", () => applyMigrations(url));
  say(applied.length > 0 ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date.");
  await stopIfSignalled();

  // The emission factor library is reference data, not demo data: always installed.
  const outcomes = await phase("factor library", () =>
    loadFactorLibrary(url, path.join(REPO_ROOT, "emission-factors")),
  );
  say(describeOutcomes(outcomes));
  await stopIfSignalled();

  if (scriptVar("ALBEDO_DEMO_DATA") === "false") {
    say("ALBEDO_DEMO_DATA=false: not loading demo data.");
  } else if (!existsSync(seedScript)) {
    say(`Warning: ${path.relative(REPO_ROOT, seedScript)} is missing; no demo data loaded.`);
  } else {
    const env = { ...appEnv, DATABASE_URL: url };
    const code = await phase("demo data", () =>
      // react-server: the seed publishes the demo transparency pages through lib code marked `server-only`
      // (lib/transparency), which is a no-op under that condition, as in Next's server.
      supervisor.run(process.execPath, [tsxCli, "--conditions=react-server", seedScript], { cwd: REPO_ROOT, env }),
    );
    await stopIfSignalled();
    if (code !== 0) {
      say(`Loading demo data failed (exit ${code}). Set ALBEDO_DEMO_DATA=false to start without it.`);
      await shutdown(code);
    }
  }
}

/** APP_URL, which `next start` requires (production mode); a local try-out gets this machine's address. */
function publicAppUrl(): string {
  const configured = scriptVar("APP_URL");
  if (configured) return configured;
  const local = `http://localhost:${port}`;
  say(`APP_URL is not set: links the app hands out (invitations) will point to ${local}.`);
  say("On a server, set APP_URL to the address people use to reach Albedo (e.g. https://albedo.example.com).");
  return local;
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT is not a port number: ${scriptVar("PORT")}`);
  if (!(await isPortFree(port))) throw new Error(`Port ${port} is already in use: stop what uses it or set PORT.`);
  const authSecret = ensureAuthSecret(path.join(REPO_ROOT, ".auth-secret"), say);
  const appEnv = childEnv({
    APP_URL: publicAppUrl(),
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  });

  // The build needs no database (settings are read lazily at request time), so both run side by side.
  const build = startBuild(appEnv);
  try {
    await setUpDatabase(appEnv);
  } catch (error) {
    supervisor.stopChildren();
    await build;
    throw error;
  }
  const buildCode = await build;
  await stopIfSignalled();
  if (buildCode !== 0) {
    say(`next build failed (exit ${buildCode}).`);
    await shutdown(buildCode);
  }

  const env = { ...appEnv, DATABASE_URL: database!.url };
  // next dev cannot tell who is connecting (no per-address sign-in throttling without TRUST_PROXY).
  const args = dev ? [nextBin, "dev", "-p", String(port)] : ["--import", "tsx", serveScript];
  const server = supervisor.run(process.execPath, args, { cwd: REPO_ROOT, env });
  void waitUntilServing(`http://127.0.0.1:${port}/`).then((up) => {
    if (!up) return;
    console.log("");
    say(`Albedo is ready: http://localhost:${port}${dev ? " (development mode)" : ""}`);
    say(`Database: ${database?.description}`);
    say("Press Ctrl-C to stop.\n");
  });
  const code = await server;
  await shutdown(code);
}

main().catch(async (error: unknown) => {
  console.error(`[albedo] ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof MigrationError) {
    console.error("[albedo] Details: npm run db:status (with the same DATABASE_URL / ALBEDO_PG_* settings).");
  }
  await shutdown(1);
});
