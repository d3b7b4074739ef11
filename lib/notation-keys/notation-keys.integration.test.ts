import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { clearNotationKey, setNotationKey } from "@/lib/notation-keys/mutations";
import { listNotationKeys } from "@/lib/notation-keys/queries";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : e),
  );

describe("notation keys", () => {
  it("marks a category as not occurring for the organisation, replaces it, clears it, each change audited", async () => {
    const t = await tenantWithPeriods(db);
    const periodId = t.periodOf(2024);
    const first = await setNotationKey(
      db,
      t.scope(),
      ZNotationKeySet.parse({ periodId, category: "freight", kind: "NOT_OCCURRING", explanation: "" }),
    );
    const second = await setNotationKey(
      db,
      t.scope(),
      ZNotationKeySet.parse({
        periodId,
        category: "freight",
        kind: "INCLUDED_ELSEWHERE",
        explanation: "Livraisons comprises dans les achats de services (transporteur)",
      }),
    );
    expect(second.id).toBe(first.id); // one key per category, period and site
    const keys = await listNotationKeys(db, t.organizationId, periodId);
    expect(keys.map((k) => [k.category, k.siteId, k.kind])).toEqual([["freight", null, "INCLUDED_ELSEWHERE"]]);

    await clearNotationKey(db, t.scope(), first.id);
    expect(await listNotationKeys(db, t.organizationId, periodId)).toEqual([]);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityId: first.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["notationKey.set", "notationKey.set", "notationKey.clear"]);
    expect(audit[1]?.before).toMatchObject({ kind: "NOT_OCCURRING" });
  });

  it("asks for the reason of a source not estimated and where an included one is counted", () => {
    const base = { periodId: "p", category: "waste" };
    expect(ZNotationKeySet.safeParse({ ...base, kind: "NOT_ESTIMATED" }).error?.issues[0]?.message).toBe(
      "notationKeys.errors.reasonRequired",
    );
    expect(ZNotationKeySet.safeParse({ ...base, kind: "INCLUDED_ELSEWHERE" }).error?.issues[0]?.message).toBe(
      "notationKeys.errors.whereRequired",
    );
    expect(ZNotationKeySet.safeParse({ ...base, kind: "CONFIDENTIAL" }).success).toBe(true);
    expect(ZNotationKeySet.safeParse({ ...base, category: "spend", kind: "CONFIDENTIAL" }).success).toBe(false);
  });

  it("refuses 'not occurring' on a category that holds lines, but allows 'confidential'; per site keys are separate", async () => {
    const t = await tenantWithPeriods(db);
    const periodId = t.periodOf(2024);
    await createActivity(db, t.scope(), electricity(periodId, { siteId: t.siteId }));
    const set = (values: Record<string, unknown>) =>
      setNotationKey(db, t.scope(), ZNotationKeySet.parse({ periodId, category: "energy", ...values }));
    expect(await failure(set({ kind: "NOT_OCCURRING" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { kind: "notationKeys.errors.hasLines" },
    });
    expect(await failure(set({ kind: "NOT_OCCURRING", siteId: t.siteId }))).toMatchObject({ code: "VALIDATION" });
    await set({ kind: "CONFIDENTIAL" });
    const other = await db.site.create({ data: { organizationId: t.organizationId, name: "Entrepôt" } });
    await set({ kind: "NOT_OCCURRING", siteId: other.id });
    const keys = await listNotationKeys(db, t.organizationId, periodId);
    expect(keys.map((k) => [k.siteId, k.kind])).toEqual([
      [null, "CONFIDENTIAL"],
      [other.id, "NOT_OCCURRING"],
    ]);
  });

  it("refuses changes in a locked period and anything of another organisation", async () => {
    const a = await tenantWithPeriods(db);
    const b = await tenantWithPeriods(db);
    const key = await setNotationKey(
      db,
      a.scope(),
      ZNotationKeySet.parse({ periodId: a.periodOf(2024), category: "waste", kind: "NOT_OCCURRING" }),
    );
    const setOn = (periodId: string, siteId: string | null = null) =>
      setNotationKey(
        db,
        b.scope(),
        ZNotationKeySet.parse({ periodId, siteId, category: "waste", kind: "CONFIDENTIAL" }),
      );
    expect(await failure(setOn(a.periodOf(2024)))).toMatchObject({
      fieldErrors: { periodId: "activity.validation.unknownPeriod" },
    });
    expect(await failure(setOn(b.periodOf(2024), a.siteId))).toMatchObject({
      fieldErrors: { siteId: "activity.validation.unknownSite" },
    });
    expect(await failure(clearNotationKey(db, b.scope(), key.id))).toMatchObject({ code: "NOT_FOUND" });

    await setPeriodLocked(db, a.scope(), a.periodOf(2024), true);
    expect(await failure(clearNotationKey(db, a.scope(), key.id))).toMatchObject({ code: "PERIOD_LOCKED" });
    expect(await listNotationKeys(db, a.organizationId, a.periodOf(2024))).toHaveLength(1);
  });
});
