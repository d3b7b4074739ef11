// Gives the browser tests a brand-new embedded PostgreSQL cluster, so every run starts from the demo seed:
// stops a server an interrupted run left behind on the e2e data directory, then deletes the directory.
// Run by e2e/start-server.sh before the app starts; it never touches the development cluster.
import { scriptVar } from "../scripts/lib/env.ts";
import { rmSync } from "node:fs";
import path from "node:path";
import { inspectPostmaster, stopPostmaster } from "../scripts/lib/postmaster.ts";

const configured = scriptVar("ALBEDO_PG_DATA");
if (!configured) {
  console.error("reset-database: ALBEDO_PG_DATA is not set; refusing to guess which data directory to delete.");
  process.exit(1);
}
const dataDir = path.resolve(configured);
if (!path.basename(dataDir).startsWith("e2e")) {
  console.error(
    `reset-database: ${dataDir} does not look like an e2e data directory (its name must start with "e2e").`,
  );
  process.exit(1);
}

const state = inspectPostmaster(dataDir);
if (state.kind === "running") {
  console.error(
    `reset-database: PostgreSQL on ${dataDir} (pid ${state.pid}) belongs to a live process (pid ${state.parentPid}). ` +
      "Is another e2e run going on? Wait for it to finish.",
  );
  process.exit(1);
}
if (state.kind === "orphan") {
  console.error(`reset-database: stopping PostgreSQL left running by an interrupted e2e run (pid ${state.pid}).`);
  await stopPostmaster(state.pid);
}
rmSync(dataDir, { recursive: true, force: true });
