import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { looksLikeFec } from "@/lib/imports/fec/parse";
import { parseFecForPeriod } from "@/lib/imports/fec/preview";
import { generateFec } from "@/lib/imports/fec/testing/generate";
import { previewUpload } from "@/lib/imports/upload";
import { sumDecimals } from "@/lib/numbers/decimal";
import { testDb } from "@/tests/fixtures/tenants";

// An FEC uploaded on the imports page: told apart from a template by its content, read with the
// organisation's account mapping, and committed by the one pipeline as FEC_IMPORT spend rows.
const db = testDb();
afterAll(() => db.$disconnect());

const job = { runId: "run-fec", chunks: { onProgress: async () => {} } };

describe("an FEC through the import pipeline", () => {
  it("is recognised by its content, previewed with its spend totals and committed as one spend row per mapped account", async () => {
    const t = await tenantWithPeriods(db, [2023]);
    const periodId = t.periodOf(2023);
    const fixture = generateFec({ entries: 1500, separator: "\t", seed: 11 });
    expect(looksLikeFec(fixture.bytes)).toBe(true);
    expect(looksLikeFec(Buffer.from("Type d'énergie;Quantité\n"))).toBe(false);

    const preview = await previewUpload(db, t.scope(), {
      periodId,
      fileName: "FEC2023.txt",
      bytes: fixture.bytes,
      replace: false,
      locale: "fr",
    });
    expect(preview.status).toBe("PREVIEWED");
    const stored = await db.import.findFirstOrThrow({ where: { id: preview.id, organizationId: t.organizationId } });
    expect(stored.format).toBe("fec");
    const { parsed } = await parseFecForPeriod(db, t.organizationId, { periodId, bytes: fixture.bytes });
    expect((stored.totals as Record<string, string>).spendMapped).toBe(parsed.totals?.spendMapped);

    await confirmImport(db, t.scope(), preview.id);
    await runImportCommit(db, t.scope(), preview.id, job);
    const activities = await db.activityData.findMany({
      where: { organizationId: t.organizationId, periodId },
      select: { sourceKind: true, activityTypeId: true, quantity: true },
    });
    expect(activities).toHaveLength(parsed.rows.length);
    expect(new Set(activities.map((a) => `${a.sourceKind} ${a.activityTypeId}`))).toEqual(
      new Set(["FEC_IMPORT spend.ratio"]),
    );
    // Every mapped euro is in the inventory, to the cent.
    expect(sumDecimals(activities.map((a) => a.quantity!.toFixed()))).toBe(
      sumDecimals(parsed.rows.map((r) => String(r.input.quantity))),
    );
  });
});
