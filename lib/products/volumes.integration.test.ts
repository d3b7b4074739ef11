import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { zProductVolumes } from "@/lib/products/volume-schemas";
import { listProductVolumes, setProductVolumes } from "@/lib/products/volumes";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

async function tenantWithProduct() {
  const t = await createTenant(db);
  const organizationId = t.organization.id;
  const product = await db.product.create({ data: { organizationId, name: "Visio", functionalUnit: "hour" } });
  const periodOf = (year: number) =>
    db.reportingPeriod.create({
      data: {
        organizationId,
        year,
        label: String(year),
        startDate: new Date(`${year}-01-01`),
        endDate: new Date(`${year}-12-31`),
      },
    });
  return { t, product, p2024: await periodOf(2024), p2025: await periodOf(2025) };
}

const parse = (input: unknown) => zProductVolumes("fr").parse(input);
const audits = (organizationId: string) =>
  db.auditEvent.findMany({
    where: { organizationId, entityType: "ProductPeriodVolume" },
    orderBy: { createdAt: "asc" },
  });

describe("product volumes", () => {
  it("reads volumes typed in French, writes only what changed and audits each change", async () => {
    const { t, product, p2024, p2025 } = await tenantWithProduct();
    const scope = t.scope();
    await setProductVolumes(
      db,
      scope,
      parse({
        productId: product.id,
        volumes: [
          { periodId: p2024.id, volume: "12 500,5" },
          { periodId: p2025.id, volume: "" },
        ],
      }),
    );
    expect(await listProductVolumes(db, t.organization.id)).toEqual([
      { productId: product.id, periodId: p2024.id, volume: "12500.5" },
    ]);
    // Same 2024 value, new 2025 value: one create recorded, nothing for 2024.
    await setProductVolumes(
      db,
      scope,
      parse({
        productId: product.id,
        volumes: [
          { periodId: p2024.id, volume: "12500,500" },
          { periodId: p2025.id, volume: "9 000" },
        ],
      }),
    );
    // Changing 2025, emptying 2024.
    await setProductVolumes(
      db,
      scope,
      parse({
        productId: product.id,
        volumes: [
          { periodId: p2024.id, volume: "" },
          { periodId: p2025.id, volume: "9500" },
        ],
      }),
    );
    expect(await listProductVolumes(db, t.organization.id, { periodId: p2025.id })).toEqual([
      { productId: product.id, periodId: p2025.id, volume: "9500" },
    ]);
    expect((await audits(t.organization.id)).map((a) => a.action).sort()).toEqual(
      ["productVolume.create", "productVolume.create", "productVolume.delete", "productVolume.update"].sort(),
    );
  });

  it("refuses zero, negative and over-precise volumes", () => {
    for (const volume of ["0", "-3", "1,0000001"]) {
      expect(zProductVolumes("fr").safeParse({ productId: "p", volumes: [{ periodId: "x", volume }] }).success).toBe(
        false,
      );
    }
  });

  it("never writes on another organisation's product or period, nor on a locked period", async () => {
    const mine = await tenantWithProduct();
    const theirs = await tenantWithProduct();
    const scope = mine.t.scope();
    const notFound = new AppError("NOT_FOUND");
    await expect(
      setProductVolumes(
        db,
        scope,
        parse({ productId: theirs.product.id, volumes: [{ periodId: mine.p2024.id, volume: "1" }] }),
      ),
    ).rejects.toMatchObject({ code: notFound.code });
    await expect(
      setProductVolumes(
        db,
        scope,
        parse({ productId: mine.product.id, volumes: [{ periodId: theirs.p2024.id, volume: "1" }] }),
      ),
    ).rejects.toMatchObject({ code: notFound.code });
    expect(
      await db.productPeriodVolume.count({ where: { productId: { in: [mine.product.id, theirs.product.id] } } }),
    ).toBe(0);
    await db.reportingPeriod.update({ where: { id: mine.p2024.id }, data: { status: "LOCKED" } });
    await expect(
      setProductVolumes(
        db,
        scope,
        parse({ productId: mine.product.id, volumes: [{ periodId: mine.p2024.id, volume: "1" }] }),
      ),
    ).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
  });
});
