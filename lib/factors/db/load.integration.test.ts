import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FactorReleaseConflictError } from "@/lib/factors/db/install";
import { loadShippedFactorReleases } from "@/lib/factors/db/load";
import { fixtureRelease, writeReleasesDir } from "@/lib/factors/db/testing";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await db.$disconnect();
});

function releasesDir(...releases: Parameters<typeof writeReleasesDir>[1]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "albedo-factors-"));
  dirs.push(dir);
  writeReleasesDir(dir, releases);
  return dir;
}

const records = (n: number, value = "0.25") =>
  Array.from({ length: n }, (_, i) => ({ sourceId: String(i + 1), nameFr: `Facteur ${i}`, value }));

describe("the startup hook reading emission-factors/", () => {
  it("installs what sources.json lists, then recognises it from the manifest alone", async () => {
    const [v1, v2] = [`t${uniqueSuffix()}`, `t${uniqueSuffix()}`];
    const dir = releasesDir(
      fixtureRelease({ version: v1, records: records(40) }),
      fixtureRelease({ source: "desnz", version: v2, records: records(7) }),
    );
    expect((await loadShippedFactorReleases(db, dir)).map((o) => [o.version, o.outcome, o.factorCount])).toEqual([
      [v1, "installed", 40],
      [v2, "installed", 7],
    ]);
    expect((await loadShippedFactorReleases(db, dir)).map((o) => o.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(await db.emissionFactor.count({ where: { version: { in: [v1, v2] } } })).toBe(47);
  });

  it("refuses a shipped release whose content changed under an installed version", async () => {
    const version = `t${uniqueSuffix()}`;
    await loadShippedFactorReleases(db, releasesDir(fixtureRelease({ version, records: records(5) })));
    const edited = releasesDir(fixtureRelease({ version, records: records(5, "0.26") }));
    await expect(loadShippedFactorReleases(db, edited)).rejects.toThrowError(FactorReleaseConflictError);
    const values = await db.emissionFactor.findMany({ where: { version }, select: { value: true } });
    expect(new Set(values.map((v) => v.value.toFixed()))).toEqual(new Set(["0.25"]));
  });
});
