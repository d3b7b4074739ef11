// The products export with its allocation: direct, allocated, total and key columns, the unallocated row,
// and totals that add up to the organisation's (real PostgreSQL, hand-written lines).
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { zAllocationKey } from "@/lib/allocation/schemas";
import { setAllocationKey } from "@/lib/allocation/store";
import { dashboardExport } from "@/lib/exports/dashboard-export";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

describe("products export with allocation", () => {
  it("carries direct, allocated and key columns; the no-product row shows the unallocated rest", async () => {
    const t = await tenantWithPeriods(db, [2024]);
    const organizationId = t.organizationId;
    const periodId = t.periodOf(2024);
    const app = await db.product.create({ data: { organizationId, name: "App", functionalUnit: "request" } });
    const api = await db.product.create({ data: { organizationId, name: "Api", functionalUnit: "request" } });
    const line = (productId: string | null, kg: string, scope: 1 | 2 | 3, ghgCategory?: number) =>
      storeHandActivity(db, organizationId, {
        periodId,
        activityTypeId: "test.line",
        productId,
        lines: [{ kg, scope, ...(ghgCategory ? { ghgCategory } : {}), begesPoste: "1.1" }],
      });
    await line(null, "100", 2); // shared electricity: allocated by headcount 1 : 3
    await line(app.id, "40", 3, 1); // App's own purchases
    await line(null, "10", 3, 6); // travel: no key
    const key = {
      periodId,
      post: "scope2",
      kind: "HEADCOUNT",
      inputs: [
        { productId: app.id, value: "1" },
        { productId: api.id, value: "3" },
      ],
    };
    await setAllocationKey(db, t.scope(), zAllocationKey("en").parse(key));
    const file = await dashboardExport(
      db,
      { organization: t.organization, userEmail: "a@example.com" },
      {
        table: "products",
        format: "xlsx",
        searchParams: { period: periodId },
        locale: "en",
      },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.body.buffer as ArrayBuffer);
    const rows = (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
    expect(rows[0]!.slice(0, 4)).toEqual([
      "Product",
      "Direct kgCO2e (lines tagged with the product)",
      "Allocated kgCO2e (shared posts)",
      "Total kgCO2e",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["Api", 0, 75, 75],
      ["App", 40, 25, 65],
      ["Not assigned to a product", 110, -100, 10],
      ["Total", 150, 0, 150],
    ]);
    expect(rows[2]![6]).toBe("Scope 2 – energy: Headcount 1 (25.00 %)");
    const csv = await dashboardExport(
      db,
      { organization: t.organization, userEmail: "a@example.com" },
      {
        table: "products",
        format: "csv",
        searchParams: { period: periodId },
        locale: "fr",
      },
    );
    const text = new TextDecoder().decode(csv!.body);
    expect(text).toContain("kgCO2e répartis (postes partagés)");
    expect(text).toContain("Effectif 3 (75.00 %)");
  });
});
