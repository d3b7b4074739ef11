import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// lib/files is shared by factor ingestion, imports and scripts: it must stay neutral (nothing from the
// rest of lib/, nothing server-only), or a script or a parser would drag the domain in with it.

const dir = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /^\s*(?:import|export)\b[^"']*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;

describe("lib/files boundaries", () => {
  it("imports only Node, its libraries and its own modules", () => {
    const sources = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"));
    expect(sources.length).toBeGreaterThanOrEqual(4);
    const allowed = /^(node:|\.\/[\w-]+$|exceljs$|unzipper$|csv-parse$|iconv-lite$)/;
    for (const f of sources) {
      const specifiers = [...readFileSync(path.join(dir, f), "utf8").matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
      expect(
        specifiers.filter((s) => !allowed.test(s!)),
        f,
      ).toEqual([]);
    }
  });
});
