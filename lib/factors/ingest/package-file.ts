import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Locating installed npm packages' data files, for sources that Albedo ingests from a package.

const require = createRequire(import.meta.url);

/** Root folder of an installed package, found through any subpath it exports. */
export function packageRoot(name: string, exportedSubpath = ""): string {
  let dir = path.dirname(require.resolve(exportedSubpath ? `${name}/${exportedSubpath}` : name));
  while (!dir.endsWith(path.join("node_modules", ...name.split("/")))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = parent;
  }
  return dir;
}

export function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
}

export const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
