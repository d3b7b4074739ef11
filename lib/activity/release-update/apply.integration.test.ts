import { afterAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { applyReleaseUpdate, previewReleaseUpdate } from "@/lib/activity/release-update/apply";
import { listReleaseUpdates } from "@/lib/factors/acceptance/updates";
import { listAcceptedReleases } from "@/lib/factors/org-index";
import { installNewerAdeme, removeRelease } from "@/tests/fixtures/releases";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
const VERSION = `23.7-test-${uniqueSuffix()}`;
let fixtureReleaseId: string | undefined;

// Removed after the file so other test files never see the newer release as the latest.
afterAll(async () => {
  await removeRelease(db, fixtureReleaseId);
  await db.$disconnect();
});

const linesOf = (activityId: string) =>
  db.emissionLine.findMany({ where: { activityId }, orderBy: { position: "asc" } });

describe("accepting a newer factor release", () => {
  it(
    "previews the delta, applies it to open periods only, and leaves other organisations alone until they accept",
    { timeout: 120_000 },
    async () => {
      // Both organisations calculate (and so accept ADEME 23.6) before the newer release is installed.
      const a = await tenantWithPeriods(db, [2023, 2024], { roles: ["OWNER", "MANAGER"] });
      const b = await tenantWithPeriods(db, [2024]);
      const old2023 = await createActivity(db, a.scope(), electricity(a.periodOf(2023)));
      const open2024 = await createActivity(db, a.scope(), electricity(a.periodOf(2024)));
      const gas = await createActivity(
        db,
        a.scope(),
        ZActivityCreate.parse({
          periodId: a.periodOf(2024),
          activityTypeId: "energy.natural_gas",
          quantity: "3000",
          unit: "kWh",
        }),
      );
      await setPeriodLocked(db, a.scope(), a.periodOf(2023), true);
      const theirs = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));

      fixtureReleaseId = await installNewerAdeme(db, VERSION);
      const ref = { source: "ademe", version: VERSION };

      // Listed as an update for both; a brand-new organisation starts on it directly.
      const updates = await listReleaseUpdates(db, a.organizationId);
      expect(updates.map((u) => [u.source, u.accepted?.version, u.available.map((r) => r.version)])).toEqual([
        ["ademe", "23.6", [VERSION]],
      ]);
      const fresh = await tenantWithPeriods(db);
      expect((await listAcceptedReleases(db, fresh.organizationId)).find((r) => r.source === "ademe")?.version).toBe(
        VERSION,
      );
      expect(await listReleaseUpdates(db, fresh.organizationId)).toEqual([]);

      const preview = await previewReleaseUpdate(db, a.organizationId, ref);
      expect(preview.from?.version).toBe("23.6");
      expect(preview.activities).toEqual({ total: 2, changed: 1, repointed: 1, failed: 0 });
      expect(preview.lines).toEqual({ before: 5, after: 5, changed: 5 });
      expect(preview.kgCO2e.before.total).toBe("1267.800000"); // 622.8 + 645 (gas); the locked 2023 activity is not counted
      expect(preview.kgCO2e.after.total).toBe("1365.000000"); // 720 + 645
      expect(preview.kgCO2e.delta).toBe("97.200000");
      expect(preview.kgCO2e.before.byScope).toEqual({ 1: "541.991643", 2: "420.000000", 3: "305.808357" }); // gas 645 = 541.99 + 103.01
      expect(Number(preview.kgCO2e.after.byScope[2])).toBeCloseTo((420 * 0.06) / 0.0519, 5);
      expect(preview.kgCO2e.before.byGhgCategory).toEqual({ 3: "305.808357" });
      expect(preview.changedFactors).toEqual([
        {
          ref: "ademe:43642",
          from: { factorId: "ademe:43642@23.6", value: "0.0519" },
          to: { factorId: `ademe:43642@${VERSION}`, value: "0.06" },
          activities: 1,
        },
      ]);
      expect(preview.failures).toEqual([]);
      // A preview writes nothing.
      expect((await linesOf(open2024.id))[0]?.factorId).toBe("ademe:43642@23.6");
      expect((await listAcceptedReleases(db, a.organizationId)).find((r) => r.source === "ademe")?.version).toBe(
        "23.6",
      );

      const applied = await applyReleaseUpdate(db, a.scope("MANAGER"), ref);
      expect(applied.kgCO2e.delta).toBe("97.200000");
      const accepted = (await listAcceptedReleases(db, a.organizationId)).find((r) => r.source === "ademe");
      expect(accepted).toMatchObject({
        version: VERSION,
        releaseId: fixtureReleaseId,
        acceptedById: a.users.MANAGER?.id,
      });

      const openLines = await linesOf(open2024.id);
      expect(openLines.map((l) => [l.factorId, l.factorValue.toFixed()])).toEqual(
        Array(3).fill([`ademe:43642@${VERSION}`, "0.06"]),
      );
      expect((await db.activityData.findUniqueOrThrow({ where: { id: open2024.id } })).kgCO2e.toFixed()).toBe("720");
      expect((await linesOf(gas.id)).every((l) => l.factorId === `ademe:37133@${VERSION}`)).toBe(true);
      // The locked period keeps its lines, factor ids and values.
      const lockedLines = await linesOf(old2023.id);
      expect(lockedLines.map((l) => [l.factorId, l.factorValue.toFixed(), l.kgCO2e.toFixed()])).toEqual([
        ["ademe:43642@23.6", "0.0519", "420"],
        ["ademe:43642@23.6", "0.0519", "157.2"],
        ["ademe:43642@23.6", "0.0519", "45.6"],
      ]);

      const event = await db.auditEvent.findFirstOrThrow({
        where: { organizationId: a.organizationId, action: "factorRelease.accept" },
      });
      expect(event).toMatchObject({
        entityType: "FactorRelease",
        entityId: fixtureReleaseId,
        actorId: a.users.MANAGER?.id,
      });
      expect(event.before).toMatchObject({ source: "ademe", version: "23.6" });
      expect(event.after).toMatchObject({
        activities: { changed: 1 },
        changedFactors: [{ from: { value: "0.0519" }, to: { value: "0.06" } }],
      });

      // Nothing left to accept, and going back is not an update.
      expect(await listReleaseUpdates(db, a.organizationId)).toEqual([]);
      await expect(
        previewReleaseUpdate(db, a.organizationId, { source: "ademe", version: "23.6" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });

      // Organisation B still calculates with 23.6 until it accepts.
      expect((await linesOf(theirs.id))[0]?.factorId).toBe("ademe:43642@23.6");
      const another = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));
      expect(another.kgCO2e.toFixed()).toBe("622.8");
      expect((await listReleaseUpdates(db, b.organizationId))[0]?.available.map((r) => r.version)).toEqual([VERSION]);
      const theirPreview = await applyReleaseUpdate(db, b.scope(), ref);
      expect(theirPreview.activities).toMatchObject({ total: 2, changed: 2 });
      expect((await db.activityData.findUniqueOrThrow({ where: { id: theirs.id } })).kgCO2e.toFixed()).toBe("720");
    },
  );
});
