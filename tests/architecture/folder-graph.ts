// The dependency graph between lib/ folders (lib/<folder>/… or lib/<file>.ts), read from import
// statements. ESLint's import-x/no-cycle sees file cycles; this sees folder cycles (factors → activity →
// factors), which make a layer impossible to understand or test on its own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^;"']*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** "lib/factors/db/search.ts" → "factors"; "lib/audit.ts" → "audit". */
function folderOf(libRelative: string): string {
  return libRelative.split("/")[0]!.replace(/\.tsx?$/, "");
}

export function libFolderGraph(root: string): Map<string, Set<string>> {
  const lib = path.join(root, "lib");
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(lib)) {
    const from = folderOf(path.relative(lib, file));
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match[1] ?? match[2]!;
      let target: string | undefined;
      if (spec.startsWith("@/lib/")) target = spec.slice("@/lib/".length);
      else if (spec.startsWith(".")) {
        const resolved = path.relative(lib, path.resolve(path.dirname(file), spec));
        if (!resolved.startsWith("..")) target = resolved;
      }
      if (target !== undefined && folderOf(target) !== from) edges.add(folderOf(target));
    }
  }
  return graph;
}

/** Every elementary cycle's folders, found by depth-first search (the graph is a few dozen nodes). */
export function folderCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) {
        const cycle = trail.slice(at);
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(" → "), canonical);
      } else if (trail.length < 12) visit(next, [...trail, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...cycles.values()];
}
