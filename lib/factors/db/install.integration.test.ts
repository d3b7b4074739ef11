import { afterAll, describe, expect, it } from "vitest";
import { FactorReleaseConflictError, installFactorRelease, installFactorReleases } from "@/lib/factors/db/install";
import { fixtureRelease } from "@/lib/factors/db/testing";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    sourceId: String(10_000 + i),
    nameFr: `Facteur ${i}`,
    value: `0.${String(i).padStart(4, "0")}1`,
  }));

async function counts(version: string) {
  return {
    releases: await db.factorRelease.count({ where: { version } }),
    factors: await db.emissionFactor.count({ where: { version } }),
  };
}

describe("loading shipped factor releases", () => {
  it("installs a release in chunks, then a second run inserts nothing", async () => {
    const version = `t${uniqueSuffix()}`;
    const shipped = fixtureRelease({ version, records: records(2_345) });
    expect(await installFactorReleases(db, [shipped])).toEqual([
      { source: "ademe", version, factorCount: 2_345, outcome: "installed" },
    ]);
    expect(await counts(version)).toEqual({ releases: 1, factors: 2_345 });
    const installedAt = (await db.factorRelease.findFirstOrThrow({ where: { version } })).installedAt;

    const started = Date.now();
    expect(await installFactorReleases(db, [shipped])).toEqual([
      { source: "ademe", version, factorCount: 2_345, outcome: "unchanged" },
    ]);
    expect(Date.now() - started).toBeLessThan(500);
    expect(await counts(version)).toEqual({ releases: 1, factors: 2_345 });
    expect((await db.factorRelease.findFirstOrThrow({ where: { version } })).installedAt).toEqual(installedAt);
  });

  it("stores published decimals exactly, and the release's licence and attribution", async () => {
    const version = `t${uniqueSuffix()}`;
    const shipped = fixtureRelease({
      version,
      records: [
        { sourceId: "1", nameFr: "Précis", value: "0.051900000000000000000000000000123", uncertaintyPct: 12.5 },
      ],
    });
    await installFactorRelease(db, shipped);
    const row = await db.emissionFactor.findUniqueOrThrow({
      where: { id: `ademe:1@${version}` },
      include: { release: true },
    });
    expect(row.value.toFixed()).toBe("0.051900000000000000000000000000123");
    expect(row.uncertaintyPct?.toFixed()).toBe("12.5");
    expect(row.release).toMatchObject({
      licence: "Licence Ouverte v2.0",
      attribution: `Test attribution ${version}`,
      factorCount: 1,
    });
  });

  it("refuses a release whose content changed under the same version, and leaves the installed one alone", async () => {
    const version = `t${uniqueSuffix()}`;
    await installFactorRelease(db, fixtureRelease({ version, records: records(3) }));
    const edited = fixtureRelease({
      version,
      records: records(3).map((r, i) => (i === 0 ? { ...r, value: "9.99" } : r)),
    });
    await expect(installFactorReleases(db, [edited])).rejects.toThrowError(FactorReleaseConflictError);
    await expect(installFactorRelease(db, edited)).rejects.toThrowError(/immutable/);
    expect(await counts(version)).toEqual({ releases: 1, factors: 3 });
    expect(
      (await db.emissionFactor.findUniqueOrThrow({ where: { id: `ademe:10000@${version}` } })).value.toFixed(),
    ).toBe("0.00001");
  });

  it("installs nothing of a release whose factor count disagrees with release.json", async () => {
    const version = `t${uniqueSuffix()}`;
    const shipped = fixtureRelease({ version, records: records(3) });
    const broken = { ...shipped, factors: shipped.factors.slice(1) };
    await expect(installFactorRelease(db, broken)).rejects.toThrowError(/announces 3 factors/);
    expect(await counts(version)).toEqual({ releases: 0, factors: 0 });
  });

  it("lets two instances start at once: one installs, the other finds it installed", async () => {
    const version = `t${uniqueSuffix()}`;
    const shipped = fixtureRelease({ version, records: records(50) });
    const outcomes = await Promise.all([installFactorRelease(db, shipped), installFactorRelease(db, shipped)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["installed", "unchanged"]);
    expect(await counts(version)).toEqual({ releases: 1, factors: 50 });
  });
});
