import { afterAll, describe, expect, it } from "vitest";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { AppError } from "@/lib/errors";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { createImportPreview } from "@/lib/imports/preview";
import { rollbackImport } from "@/lib/imports/rollback";
import { parsedImport, upload } from "@/lib/imports/testing";
import { Decimal, sumDecimals } from "@/lib/numbers/decimal";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const job = (
  progress: { done: number; total: number }[] = [],
  onProgress?: (p: { done: number }) => Promise<void>,
) => ({
  runId: "run-test",
  chunks: {
    onProgress: async (p: { done: number; total: number; errors: number }) => {
      progress.push({ done: p.done, total: p.total });
      await onProgress?.(p);
    },
  },
});

async function inventory(organizationId: string) {
  const [activities, lines, versions] = await Promise.all([
    db.activityData.findMany({ where: { organizationId }, select: { id: true, kgCO2e: true }, orderBy: { id: "asc" } }),
    db.emissionLine.findMany({ where: { organizationId }, select: { id: true, kgCO2e: true }, orderBy: { id: "asc" } }),
    db.reportingVersion.findMany({ where: { organizationId }, select: { periodId: true, version: true } }),
  ]);
  return {
    activities: activities.map((a) => [a.id, a.kgCO2e.toFixed()]),
    lines: lines.map((l) => [l.id, l.kgCO2e.toFixed()]),
    versions: versions.map((v) => [v.periodId, String(v.version)]),
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) =>
      e instanceof AppError ? `${e.code}${e.fieldErrors?.file ? `:${e.fieldErrors.file}` : ""}` : String(e),
  );

async function periodVersion(organizationId: string, periodId: string): Promise<bigint> {
  const row = await db.reportingVersion.findFirst({ where: { organizationId, periodId }, select: { version: true } });
  return row?.version ?? 0n;
}

async function committed(t: Awaited<ReturnType<typeof tenantWithPeriods>>, count: number, content: string) {
  const p = t.periodOf(2024);
  const preview = await createImportPreview(db, t.scope(), upload(p, parsedImport(p, count), content));
  await confirmImport(db, t.scope(), preview.id);
  const result = await runImportCommit(db, t.scope(), preview.id, job());
  return { id: preview.id, result };
}

describe("file import pipeline", { timeout: 60_000 }, () => {
  it(
    "previews with the engine's figures, commits all rows in the background with progress, same kgCO2e as saveActivitiesBulk",
    { timeout: 180_000 },
    async () => {
      const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
      const p = t.periodOf(2024);
      const parsed = parsedImport(p, 2500);
      const preview = await createImportPreview(db, t.scope("MANAGER"), upload(p, parsed, "a,b\n1,2\n"));
      expect(preview.status).toBe("PREVIEWED");
      const stored = await db.import.findFirstOrThrow({ where: { id: preview.id, organizationId: t.organizationId } });
      expect(stored).toMatchObject({ rows: 2500, errorCount: 0, fileName: "activities.csv", sizeBytes: 8 });
      expect(stored.preview).toHaveLength(20);
      // Nothing in the inventory yet; the parsed rows are kept for the job, 1,000 per chunk.
      expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
      expect(await db.importInputChunk.count({ where: { importId: preview.id } })).toBe(3);

      // The same rows through the one bulk path, in another organisation: the reference figures.
      const ref = await tenantWithPeriods(db, [2024]);
      const bulk = await saveActivitiesBulk(
        db,
        ref.scope(),
        parsedImport(ref.periodOf(2024), 2500).rows.map((r) => r.input),
      );
      expect((stored.totals as Record<string, string>).kgCO2e).toBe(bulk.kgCO2e);
      const firstRows = stored.preview as { row: number; kgCO2e: string }[];
      const refFirst = await db.activityData.findMany({
        where: { id: { in: bulk.activityIds.slice(0, 3) } },
        select: { id: true, kgCO2e: true },
      });
      const byId = new Map(refFirst.map((a) => [a.id, a.kgCO2e.toFixed()]));
      expect(firstRows.slice(0, 3).map((r) => new Decimal(r.kgCO2e).toFixed())).toEqual(
        bulk.activityIds.slice(0, 3).map((id) => byId.get(id)),
      );

      await confirmImport(db, t.scope("MANAGER"), preview.id);
      const progress: { done: number; total: number }[] = [];
      const versionsBefore = await db.reportingVersion.findMany({ where: { organizationId: t.organizationId } });
      const result = await runImportCommit(db, t.scope("MANAGER"), preview.id, job(progress));
      expect(progress.map((x) => x.done)).toEqual([0, 1000, 2000, 2500]);
      expect(result).toMatchObject({ activities: 2500, kgCO2e: bulk.kgCO2e, lines: bulk.lines });

      const activities = await db.activityData.findMany({
        where: { organizationId: t.organizationId },
        select: { importId: true, sourceKind: true, sourceRef: true, kgCO2e: true, status: true },
      });
      expect(
        activities.every((a) => a.importId === preview.id && a.sourceKind === "CSV_IMPORT" && a.status === "DRAFT"),
      ).toBe(true);
      expect(activities.map((a) => a.sourceRef)).toContain(`${preview.id}:2`);
      expect(sumDecimals(activities.map((a) => a.kgCO2e))).toBe(bulk.kgCO2e);
      const lines = await db.emissionLine.findMany({
        where: { organizationId: t.organizationId },
        select: { kgCO2e: true },
      });
      expect(sumDecimals(lines.map((l) => l.kgCO2e))).toBe(bulk.kgCO2e);
      // The reporting rollup's version moved: reports see the new lines.
      const versionsAfter = await db.reportingVersion.findMany({ where: { organizationId: t.organizationId } });
      expect(Number(versionsAfter[0]?.version ?? 0)).toBeGreaterThan(Number(versionsBefore[0]?.version ?? 0));
      const after = await db.import.findFirstOrThrow({ where: { id: preview.id } });
      expect(after).toMatchObject({ status: "COMMITTED", jobRunId: "run-test" });
      const audits = await db.auditEvent.findMany({
        where: { organizationId: t.organizationId, entityId: preview.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      });
      expect(audits.map((a) => a.action)).toEqual(["import.preview", "import.confirm", "import.commit"]);
      // Running the job again changes nothing.
      expect(await runImportCommit(db, t.scope("MANAGER"), preview.id, job())).toMatchObject({
        alreadyCommitted: true,
      });
    },
  );

  it(
    "writes without locking the inventory: others write meanwhile and see none of its rows until it commits",
    { timeout: 60_000 },
    async () => {
      const t = await tenantWithPeriods(db, [2024]);
      const p = t.periodOf(2024);
      const preview = await createImportPreview(db, t.scope(), upload(p, parsedImport(p, 2500), "concurrent"));
      await confirmImport(db, t.scope(), preview.id);
      const seen: number[] = [];
      // Half way through the job's transaction, from other connections: a single write in the same period
      // (share lock, and the period's reporting version row) and a bulk save (exclusive lock). Either would
      // wait for the import to commit, which waits for this callback: a lock held = a timeout here.
      let versionMeanwhile = -1n;
      const meanwhile = job([], async ({ done }) => {
        if (done !== 1000) return;
        seen.push(await db.activityData.count({ where: { organizationId: t.organizationId, importId: preview.id } }));
        await createActivity(db, t.scope(), electricity(p));
        await saveActivitiesBulk(
          db,
          t.scope(),
          parsedImport(p, 3).rows.map((r) => r.input),
        );
        seen.push(await db.activityData.count({ where: { organizationId: t.organizationId } }));
        versionMeanwhile = await periodVersion(t.organizationId, p);
      });
      const result = await runImportCommit(db, t.scope(), preview.id, meanwhile);
      expect(seen).toEqual([0, 4]);
      expect(result).toMatchObject({ activities: 2500 });
      expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(2504);
      // The import deferred its reporting-version bump to its commit, and made it there.
      expect(versionMeanwhile).toBeGreaterThan(0n);
      expect(await periodVersion(t.organizationId, p)).toBeGreaterThan(versionMeanwhile);
    },
  );

  it("a file with bad rows fails at preview with every row's error, keeps its report, and cannot be confirmed", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024]);
    const p = t.periodOf(2024);
    const parsed = parsedImport(p, 6, (n) =>
      n === 1 ? { unit: "L" } : n === 3 ? { quantity: "-5" } : n === 4 ? { periodId: t.periodOf(2023) } : {},
    );
    parsed.errors.push({ row: 9, column: "Unit", message: "imports.errors.unknownUnit", values: { unit: "kwhh" } });
    const preview = await createImportPreview(db, t.scope(), upload(p, parsed, "bad"));
    expect(preview.status).toBe("FAILED");
    const stored = await db.import.findFirstOrThrow({ where: { id: preview.id } });
    expect(
      (stored.errors as { row: number; column: string; message: string }[]).map((e) => [e.row, e.column, e.message]),
    ).toEqual([
      [3, "unit", "activity.validation.incompatibleUnit"],
      [5, "quantity", "activity.validation.decimal"],
      [6, "periodId", "imports.errors.otherPeriod"],
      [9, "Unit", "imports.errors.unknownUnit"],
    ]);
    expect(await db.importInputChunk.count({ where: { importId: preview.id } })).toBe(0);
    expect(await codeOf(confirmImport(db, t.scope(), preview.id))).toBe("CONFLICT");
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("a row that became invalid before the commit fails the whole job: report kept, nothing written", async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const siteId = t.siteId;
    const preview = await createImportPreview(
      db,
      t.scope(),
      upload(
        p,
        parsedImport(p, 1500, (n) => (n === 1200 ? { siteId } : {})),
        "x",
      ),
    );
    await confirmImport(db, t.scope(), preview.id);
    await db.site.deleteMany({ where: { id: siteId, organizationId: t.organizationId } });
    const before = await inventory(t.organizationId);
    expect(await codeOf(runImportCommit(db, t.scope(), preview.id, job()))).toBe("VALIDATION");
    expect(await inventory(t.organizationId)).toEqual(before);
    const stored = await db.import.findFirstOrThrow({ where: { id: preview.id } });
    expect(stored).toMatchObject({
      status: "FAILED",
      errorCount: 1,
      errors: [{ row: 1202, column: "siteId", message: "activity.validation.unknownSite" }],
    });
  });

  it("an inventory changed between computing and switching fails the commit and writes nothing", async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const preview = await createImportPreview(db, t.scope(), upload(p, parsedImport(p, 1200), "y"));
    await confirmImport(db, t.scope(), preview.id);
    const before = await inventory(t.organizationId);
    const change = job([], async ({ done }) => {
      if (done === 1200)
        await db.site.updateMany({
          where: { id: t.siteId, organizationId: t.organizationId },
          data: { country: "DE" },
        });
    });
    expect(await codeOf(runImportCommit(db, t.scope(), preview.id, change))).toBe(
      "CONFLICT:imports.errors.inventoryChanged",
    );
    expect(await inventory(t.organizationId)).toEqual(before);
    expect(await db.import.findFirstOrThrow({ where: { id: preview.id } })).toMatchObject({
      status: "FAILED",
      errors: [{ row: null, column: null, message: "imports.errors.inventoryChanged" }],
    });
    // A retry computes again with the new site and commits.
    expect(await runImportCommit(db, t.scope(), preview.id, job())).toMatchObject({ activities: 1200 });
  });

  it("refuses the same file in the same period, or replaces the earlier import when asked: never counted twice", async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const first = await committed(t, 30, "same content");
    const total = (first.result as { kgCO2e: string }).kgCO2e;
    expect(await codeOf(createImportPreview(db, t.scope(), upload(p, parsedImport(p, 30), "same content")))).toBe(
      "CONFLICT:imports.errors.duplicate",
    );
    const second = await createImportPreview(db, t.scope(), upload(p, parsedImport(p, 30), "same content", true));
    expect(second.status).toBe("PREVIEWED");
    await confirmImport(db, t.scope(), second.id);
    await runImportCommit(db, t.scope(), second.id, job());
    const activities = await db.activityData.findMany({
      where: { organizationId: t.organizationId },
      select: { importId: true, kgCO2e: true },
    });
    expect(activities).toHaveLength(30);
    expect(activities.every((a) => a.importId === second.id)).toBe(true);
    expect(sumDecimals(activities.map((a) => a.kgCO2e))).toBe(total);
    expect(await db.import.findFirstOrThrow({ where: { id: first.id } })).toMatchObject({ status: "ROLLED_BACK" });
    // Another period takes the same file.
  });

  it("rolls back exactly one import (audited), and refuses when its period is locked", async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const a = await committed(t, 12, "file a");
    const b = await committed(t, 9, "file b");
    const beforeB = await inventory(t.organizationId);
    await committed(t, 5, "file c");
    const c = await db.import.findFirstOrThrow({
      where: { organizationId: t.organizationId, fileName: "activities.csv", sizeBytes: 6, status: "COMMITTED" },
      orderBy: { createdAt: "desc" },
    });
    const rolled = await rollbackImport(db, t.scope(), c.id);
    expect(rolled.activities).toBe(5);
    const after = await inventory(t.organizationId);
    expect(after.activities).toEqual(beforeB.activities);
    expect(after.lines).toEqual(beforeB.lines);
    expect(await codeOf(rollbackImport(db, t.scope(), c.id))).toBe("CONFLICT");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.organizationId, action: "import.rollback", entityId: c.id },
    });
    expect(audit.before).toMatchObject({ activities: 5 });

    await db.reportingPeriod.updateMany({
      where: { id: p, organizationId: t.organizationId },
      data: { status: "LOCKED" },
    });
    expect(await codeOf(rollbackImport(db, t.scope(), a.id))).toBe("PERIOD_LOCKED");
    expect(await db.activityData.count({ where: { organizationId: t.organizationId, importId: a.id } })).toBe(12);
    expect(await codeOf(createImportPreview(db, t.scope(), upload(p, parsedImport(p, 3), "file d")))).toBe(
      "PERIOD_LOCKED",
    );
    // Another organisation cannot reach it.
    const other = await tenantWithPeriods(db);
    expect(await codeOf(rollbackImport(db, other.scope(), b.id))).toBe("NOT_FOUND");
    expect(await codeOf(confirmImport(db, other.scope(), b.id))).toBe("NOT_FOUND");
  });
});
