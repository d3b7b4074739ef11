import { afterAll, describe, expect, it } from "vitest";
import { createCustomFactor, retireCustomFactor, versionCustomFactor } from "@/lib/factors/db/custom-mutations";
import { getCustomFactorWithHistory, listCustomFactors } from "@/lib/factors/db/custom-queries";
import { zCustomFactorCreate } from "@/lib/factors/db/custom-schemas";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const values = (nameFr: string, value = "0.052") =>
  zCustomFactorCreate("fr").parse({
    nameFr,
    unit: "kWh",
    value,
    uncertaintyPct: "10",
    source: "Fournisseur, attestation 2024",
    justification: "Contrat d'électricité verte avec garantie d'origine",
    region: "fr",
    referenceYear: "2024",
  });

describe("custom factors", () => {
  it("creates version 1 and audits it in the same transaction", async () => {
    const a = await createTenant(db);
    const created = await createCustomFactor(db, a.scope(), values("Électricité PPA"));
    expect(created).toMatchObject({
      version: 1,
      status: "ACTIVE",
      region: "FR",
      organizationId: a.organization.id,
      createdById: a.users.OWNER?.id,
    });
    const audit = await db.auditEvent.findMany({ where: { organizationId: a.organization.id, entityId: created.id } });
    expect(audit.map((e) => e.action)).toEqual(["customFactor.create"]);
    expect(audit[0]?.after).toMatchObject({ nameFr: "Électricité PPA", value: "0.052", version: 1 });
    expect(audit[0]?.after).not.toHaveProperty("searchText");
  });

  it("versions by retiring the current row and adding the next, keeping the old values", async () => {
    const a = await createTenant(db);
    const v1 = await createCustomFactor(db, a.scope(), values("Électricité PPA", "0.052"));
    const v2 = await versionCustomFactor(db, a.scope(), v1.id, values("Électricité PPA", "0.048"));
    expect(v2).toMatchObject({ version: 2, status: "ACTIVE", key: v1.key, supersedesId: v1.id });
    const { history } = (await getCustomFactorWithHistory(db, a.organization.id, v2.id))!;
    expect(history.map((h) => [h.version, h.status, h.value.toFixed()])).toEqual([
      [2, "ACTIVE", "0.048"],
      [1, "RETIRED", "0.052"],
    ]);
    expect(history[1]?.retiredById).toBe(a.users.OWNER?.id);
    expect((await listCustomFactors(db, a.organization.id)).map((f) => f.id)).toEqual([v2.id]);
    expect(await listCustomFactors(db, a.organization.id, { includeRetired: true })).toHaveLength(2);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: a.organization.id, action: "customFactor.version" },
    });
    expect(event.entityId).toBe(v2.id);
    expect(event.before).toMatchObject({ id: v1.id, status: "RETIRED", value: "0.052" });
    expect(event.after).toMatchObject({ id: v2.id, version: 2, value: "0.048" });
  });

  it("only lets the current version change: a retired one is a CONFLICT", async () => {
    const a = await createTenant(db);
    const v1 = await createCustomFactor(db, a.scope(), values("Cloud"));
    await versionCustomFactor(db, a.scope(), v1.id, values("Cloud", "1"));
    await expect(versionCustomFactor(db, a.scope(), v1.id, values("Cloud", "2"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(retireCustomFactor(db, a.scope(), v1.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("two simultaneous new versions of one row: exactly one wins", async () => {
    const a = await createTenant(db);
    const v1 = await createCustomFactor(db, a.scope(), values("Serveurs"));
    const results = await Promise.allSettled([
      versionCustomFactor(db, a.scope(), v1.id, values("Serveurs", "3")),
      versionCustomFactor(db, a.scope(), v1.id, values("Serveurs", "4")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await db.customFactor.findMany({ where: { organizationId: a.organization.id, key: v1.key } });
    expect(rows.map((r) => r.status).sort()).toEqual(["ACTIVE", "RETIRED"]);
  });

  it("retires with an audit row holding before and after", async () => {
    const a = await createTenant(db);
    const v1 = await createCustomFactor(db, a.scope(), values("Papier"));
    await retireCustomFactor(db, a.scope(), v1.id);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: a.organization.id, action: "customFactor.retire" },
    });
    expect(event.before).toMatchObject({ status: "ACTIVE" });
    expect(event.after).toMatchObject({ status: "RETIRED" });
    expect(await listCustomFactors(db, a.organization.id)).toEqual([]);
  });

  it("never lets one organisation read, version or retire another's custom factors", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const bFactor = await createCustomFactor(db, b.scope(), values("Facteur de B"));
    expect(await getCustomFactorWithHistory(db, a.organization.id, bFactor.id)).toBeNull();
    expect(await listCustomFactors(db, a.organization.id, { includeRetired: true })).toEqual([]);
    await expect(versionCustomFactor(db, a.scope(), bFactor.id, values("Pirate"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(retireCustomFactor(db, a.scope(), bFactor.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.customFactor.findMany({ where: { organizationId: b.organization.id } })).toEqual([bFactor]);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });
});
