import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./ingest/ademe/__fixtures__/fixture";
import { compareNatural } from "@/lib/calc/natural-sort";
import { DEFAULT_FACTORS_DIR, loadShippedReleases, ReleaseError } from "./releases";

// CI check of everything shipped under emission-factors/.

const releases = loadShippedReleases();
const all = releases.flatMap((r) => r.factors);

describe("shipped factor releases", () => {
  it("load: every record valid, hashes and manifest consistent, ids unique", () => {
    expect(releases.map((r) => `${r.release.source}/${r.release.version}`).sort()).toEqual([
      "ademe-arcep-usage/2022-usages-numerique-2.1.0",
      "ademe-arcep/2022-acv-numerique-2.1.0",
      "ademe-waste/23.6",
      "ademe/23.6",
      "desnz/2025",
      "ember/2024-co2js-0.19.0",
    ]);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const f of all) expect(f.id).toBe(`${f.source}:${f.sourceId}@${f.version}`);
  });

  it("are sorted by publisher id", () => {
    for (const { factors } of releases)
      for (let i = 1; i < factors.length; i++)
        expect(compareNatural(factors[i - 1]!.sourceId, factors[i]!.sourceId)).toBeLessThan(0);
  });

  it("contain nothing derived from ecoinvent (licence carve-out)", () => {
    const offending = all.filter((f) =>
      [f.contributor, f.sourceText, f.nameFr].some((t) => t != null && /eco.?invent/i.test(t)),
    );
    expect(offending.map((f) => f.id)).toEqual([]);
  });

  it("render the attribution documented in emission-factors/README.md", () => {
    const readme = readFileSync(path.join(DEFAULT_FACTORS_DIR, "README.md"), "utf8");
    for (const { release } of releases) expect(readme).toContain(`\`${release.attribution}\``);
  });

  it("fail to load when a shipped file was edited", () => {
    const dir = tempDir();
    cpSync(DEFAULT_FACTORS_DIR, dir, { recursive: true });
    const file = path.join(dir, "ademe-arcep/2022-acv-numerique-2.1.0/factors.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"185.09"', '"185.1"'));
    expect(() => loadShippedReleases(dir)).toThrow(ReleaseError);
    expect(() => loadShippedReleases(dir)).toThrow(/was edited/);
  });
});
