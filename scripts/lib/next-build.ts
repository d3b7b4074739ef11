// `npm start` builds the app only when the last build is older than its sources, so a restart is quick.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on (generated/ is the Prisma client the app imports).
const SOURCE_DIRS = ["app", "components", "lib", "messages", "i18n", "public", "generated"];
const SOURCE_FILES = ["next.config.ts", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // catches deleted files too
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why a build is needed, or undefined when .next/BUILD_ID is newer than every source. */
export function buildNeeded(root: string): string | undefined {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no previous build";
  const built = statSync(buildId).mtimeMs;
  for (const p of [...SOURCE_DIRS, ...SOURCE_FILES]) {
    if (newestMtime(path.join(root, p)) > built) return `${p} changed since the last build`;
  }
  return undefined;
}
