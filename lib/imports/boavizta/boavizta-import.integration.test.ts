import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { AppError } from "@/lib/errors";
import { listBoaviztaResources } from "@/lib/imports/boavizta/queries";
import expectedSamples from "@/lib/imports/boavizta/testing/expected-samples.json";
import { readBoaviztaSample } from "@/lib/imports/boavizta/testing/samples";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { rollbackImport } from "@/lib/imports/rollback";
import { previewUpload } from "@/lib/imports/upload";
import { compareDecimals, sumDecimals } from "@/lib/numbers/decimal";
import { testDb } from "@/tests/fixtures/tenants";

// Boavizta outputs through the one import pipeline, against PostgreSQL: preview, commit, figures in the
// inventory classified by the engine, per-criterion results kept, re-import refused, rollback, tenancy.
const db = testDb();
afterAll(() => db.$disconnect());

const job = { runId: "run-boavizta", chunks: { onProgress: async () => {} } };
type TTenant = Awaited<ReturnType<typeof tenantWithPeriods>>;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) =>
      e instanceof AppError ? `${e.code}${e.fieldErrors?.file ? `:${e.fieldErrors.file}` : ""}` : String(e),
  );

async function importSample(t: TTenant, file: string, choices?: Record<string, unknown>) {
  const periodId = t.periodOf(2025);
  const preview = await previewUpload(db, t.scope(), {
    periodId,
    fileName: "export.json",
    bytes: readBoaviztaSample(file),
    replace: false,
    locale: "en",
    boavizta: choices,
  });
  return preview;
}

async function commit(t: TTenant, importId: string) {
  await confirmImport(db, t.scope(), importId);
  await runImportCommit(db, t.scope(), importId, job);
}

const linesOf = (organizationId: string) =>
  db.emissionLine.findMany({
    where: { organizationId },
    select: { scope: true, ghgCategory: true, begesPoste: true, kgCO2e: true, factorId: true, uncertaintyPct: true },
    orderBy: { kgCO2e: "asc" },
  });

describe("Boavizta imports through the import pipeline", () => {
  it("cloud-scanner inventory: previewed with its totals, committed as cloud cat. 1, results kept, not-assessed listed", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const preview = await importSample(t, "cloud-scanner-3.x_estimated-inventory_2resources.json");
    expect(preview.status).toBe("PREVIEWED");
    const stored = await db.import.findFirstOrThrow({ where: { id: preview.id, organizationId: t.organizationId } });
    expect([stored.format, stored.mediaType, stored.rows]).toEqual(["boavizta", "application/json", 2]);
    expect(stored.totals).toMatchObject({
      kgCO2e: "0.00636",
      resources: "2",
      resourcesNotAssessed: "1",
      "pe.use": "0.063 MJ",
    });
    // Nothing in the inventory, nor in the results read, before the commit.
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await listBoaviztaResources(db, t.organizationId)).toEqual([]);

    await commit(t, preview.id);
    const activities = await db.activityData.findMany({
      where: { organizationId: t.organizationId },
      select: { sourceKind: true, activityTypeId: true, kgCO2e: true, sourceRef: true },
      orderBy: { sourceRef: "asc" },
    });
    expect(activities.map((a) => [a.sourceKind, a.activityTypeId, a.kgCO2e.toFixed(), a.sourceRef])).toEqual([
      ["BOAVIZTA_IMPORT", "digital.hosting.cloud_assessed", "0.0041", `${preview.id}:1`],
      ["BOAVIZTA_IMPORT", "digital.hosting.cloud_assessed", "0.00226", `${preview.id}:2`],
    ]);
    const lines = await linesOf(t.organizationId);
    expect(lines.map((l) => [l.scope, l.ghgCategory, l.begesPoste, l.factorId])).toEqual([
      [3, 1, "4.5", "assessed:kgCO2e"],
      [3, 1, "4.5", "assessed:kgCO2e"],
    ]);
    expect(sumDecimals(lines.map((l) => l.kgCO2e.toFixed()))).toBe("0.00636");

    const resources = await listBoaviztaResources(db, t.organizationId);
    expect(resources.map((r) => [r.name, r.assessed, r.usage, r.notes])).toEqual([
      ["instance-F", false, "cloud", ["notAssessed"]],
      ["instance-1", true, "cloud", []],
    ]);
    expect(resources[0]?.impacts).toEqual([]); // not assessed: no figure, never 0
    const pe = resources[1]?.impacts.find((i) => i.criterion === "pe" && i.phase === "embedded");
    expect([pe?.value, pe?.unit, pe?.activityRow]).toEqual(["0.057", "MJ", null]);
    const gwp = resources[1]?.impacts.find((i) => i.criterion === "gwp" && i.phase === "embedded");
    expect([gwp?.value, gwp?.min, gwp?.max, gwp?.activityRow]).toEqual(["0.0041", "0.002324", "0.005669", 1]);
  });

  it("owned server (API 2.4.1): embedded 967.9 in cat. 2 / 4.2, use 8000 in scope 2 with the tool's uncertainty", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const preview = await importSample(t, "boaviztapi-2.4.1_server_dell-r740_nonverbose.json");
    await commit(t, preview.id);
    const lines = await linesOf(t.organizationId);
    expect(
      lines.map((l) => [l.scope, l.ghgCategory, l.begesPoste, l.kgCO2e.toFixed(), l.uncertaintyPct?.toFixed()]),
    ).toEqual([
      [3, 2, "4.2", "967.9", "0"],
      [2, null, "2.1", "8000", "396"],
    ]);
    const [server] = await listBoaviztaResources(db, t.organizationId);
    const adp = server?.impacts.filter((i) => i.criterion === "adp").map((i) => [i.phase, i.value]);
    expect(adp).toEqual([
      ["embedded", "0.1492"],
      ["use", "0.001"],
    ]);
  });

  it("the same file again is refused; rollback removes the activities and hides the results", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const preview = await importSample(t, "boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json");
    await commit(t, preview.id);
    expect(await codeOf(importSample(t, "boaviztapi-1.2_cloud_aws-r6g.medium_8760h_verbose.json"))).toBe(
      "CONFLICT:imports.errors.duplicate",
    );
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(2);
    const rolledBack = await rollbackImport(db, t.scope(), preview.id);
    expect(rolledBack.activities).toBe(2);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await listBoaviztaResources(db, t.organizationId)).toEqual([]);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityId: preview.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "import.commit",
      "import.confirm",
      "import.preview",
      "import.rollback",
    ]);
  });

  it("bad content fails the preview with its message and writes nothing else", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const text = readBoaviztaSample("boaviztapi-2.4.1_server_dell-r740_nonverbose.json").toString("utf8");
    const preview = await previewUpload(db, t.scope(), {
      periodId: t.periodOf(2025),
      fileName: "cut.json",
      bytes: Buffer.from(text.slice(0, 200)),
      replace: false,
      locale: "fr",
    });
    expect(preview.status).toBe("FAILED");
    const stored = await db.import.findFirstOrThrow({ where: { id: preview.id, organizationId: t.organizationId } });
    expect(stored.errors).toEqual([
      { row: 1, column: null, message: "imports.errors.boaviztaInvalidJson", values: { line: 1 } },
    ]);
    expect(await db.boaviztaResource.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
    // The manufacturer catalogue is not an inventory.
    const csv = await importSample(t, "environmental-footprint-data_boavizta-data-us.csv");
    expect(csv.status).toBe("FAILED");
  });

  it(
    "every sample of ../shared/data/boavizta commits with its README's GWP and resource counts",
    { timeout: 180_000 },
    async () => {
      const samples = expectedSamples as Record<
        string,
        { resources: number; assessed: number; totals: { gwp: { embedded?: string; use?: string } } }
      >;
      for (const [file, expected] of Object.entries(samples)) {
        const t = await tenantWithPeriods(db, [2025]);
        const preview = await importSample(t, file);
        expect(preview.status, file).toBe("PREVIEWED");
        await commit(t, preview.id);
        const lines = await linesOf(t.organizationId);
        const gwp = sumDecimals([expected.totals.gwp.embedded ?? "0", expected.totals.gwp.use ?? "0"]);
        expect(compareDecimals(sumDecimals(lines.map((l) => l.kgCO2e.toFixed())), gwp), file).toBe(0);
        const resources = await listBoaviztaResources(db, t.organizationId);
        expect([resources.length, resources.filter((r) => r.assessed).length], file).toEqual([
          expected.resources,
          expected.assessed,
        ]);
      }
    },
  );

  it("another organisation reads none of it and cannot roll it back", async () => {
    const a = await tenantWithPeriods(db, [2025]);
    const b = await tenantWithPeriods(db, [2025]);
    const preview = await importSample(a, "boagent-0.2.0_query_nonverbose.json");
    await commit(a, preview.id);
    expect(await listBoaviztaResources(db, a.organizationId)).toHaveLength(1);
    expect(await listBoaviztaResources(db, b.organizationId)).toEqual([]);
    expect(await codeOf(rollbackImport(db, b.scope(), preview.id))).toBe("NOT_FOUND");
    expect(await db.activityData.count({ where: { organizationId: a.organizationId } })).toBe(2);
  });
});
