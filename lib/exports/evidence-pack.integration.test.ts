import { scriptVar } from "../../scripts/lib/env.ts";
import ExcelJS from "exceljs";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { evidencePackState, startEvidencePack } from "@/lib/jobs/evidence-pack";
import { buildEvidencePack } from "@/lib/exports/evidence-pack";
import { exportFileStream, findExportFile } from "@/lib/exports/file-store";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { getJobRun, type TJobRunView } from "@/lib/jobs/runs";
import { startWorker } from "@/lib/jobs/worker";
import { setNotationKey } from "@/lib/notation-keys/mutations";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

// The evidence pack end to end: a real pg-boss worker builds it from a period with engine-computed lines
// (12,000 kWh of French grid electricity) and hand-written ones, into ExportFile chunks; the file is read
// back with exceljs and checked sheet by sheet.
const db = testDb();
let boss: PgBoss;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: scriptVar("DATABASE_URL")!, schema: BOSS_SCHEMA, max: 3 });
  await boss.start();
  for (const kind of Object.values(JOB_KINDS))
    await boss.createQueue(kind.queue, { name: kind.queue, policy: "short" });
  await startWorker(boss, db, { chunkSize: 200, testStepDelayMs: 0 });
});

afterAll(async () => {
  await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  await db.$disconnect();
});

async function waitForEnd(organizationId: string, runId: string): Promise<TJobRunView> {
  for (let i = 0; i < 300; i++) {
    const run = await getJobRun(db, { organizationId }, runId);
    if (run?.status === "DONE" || run?.status === "FAILED") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the job did not finish");
}

async function readPack(organizationId: string, fileId: string) {
  const chunks: Uint8Array[] = [];
  const reader = exportFileStream(db, { organizationId }, fileId).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  };
  return { workbook, sheet, bytes: Buffer.concat(chunks) };
}

const HOSTILE = "=1+2";

async function seeded() {
  const t = await tenantWithPeriods(db, [2023, 2024], { roles: ["OWNER", "MANAGER"] });
  const p24 = t.periodOf(2024);
  const grid = await createActivity(db, t.scope("MANAGER"), electricity(p24, { siteId: t.siteId, label: HOSTILE }));
  await db.activityData.updateMany({
    where: { id: grid.id, organizationId: t.organizationId },
    data: { status: "VALIDATED", statusChangedById: t.actorOf("OWNER").id },
  });
  await storeHandActivity(db, t.organizationId, {
    periodId: p24,
    activityTypeId: "travel.plane",
    lines: [{ kg: "-5", scope: 3, ghgCategory: 6, begesPoste: "3.5", factorId: "desnz:9@2025" }],
  });
  await storeHandActivity(db, t.organizationId, {
    periodId: t.periodOf(2023),
    activityTypeId: "travel.plane",
    lines: [{ kg: "777", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  await setNotationKey(
    db,
    t.scope(),
    ZNotationKeySet.parse({ periodId: p24, category: "waste", kind: "NOT_ESTIMATED", explanation: "@pas de données" }),
  );
  const other = await tenantWithPeriods(db);
  await storeHandActivity(db, other.organizationId, {
    periodId: other.periodOf(2024),
    activityTypeId: "travel.plane",
    lines: [{ kg: "9999", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  return { t, p24, grid, other };
}

describe("evidence pack", () => {
  it(
    "a job builds one workbook: every line → activity → factor, the factors, settings, notation keys, audit trail, notes",
    { timeout: 60_000 },
    async () => {
      const { t, p24, grid } = await seeded();
      const run = await startEvidencePack(db, async () => boss, t.scope("MANAGER"), { periodId: p24, locale: "fr" });
      const done = await waitForEnd(t.organizationId, run.id);
      expect(done.status).toBe("DONE");
      const gridLines = await db.emissionLine.findMany({
        where: { organizationId: t.organizationId, activityId: grid.id },
      });
      const lineCount = gridLines.length + 1;
      expect(done).toMatchObject({ done: lineCount, total: lineCount });

      const state = await evidencePackState(db, t.organizationId, p24);
      expect(state.file).toMatchObject({
        rows: lineCount,
        fileName: `albedo_${t.organization.slug}_2024_evidence-pack.xlsx`,
      });
      const { sheet, workbook, bytes } = await readPack(t.organizationId, state.file!.id);
      expect(bytes.length).toBe(state.file!.sizeBytes);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        "Notes",
        "Lignes d'émission",
        "Facteurs",
        "Paramètres de calcul",
        "Clés de notation",
        "Journal d'audit",
      ]);

      const lines = sheet("Lignes d'émission");
      expect(lines).toHaveLength(lineCount + 1); // header + one row per line of the period, no other period's
      const header = lines[0] as string[];
      const col = (name: string) => header.indexOf(name);
      for (const line of gridLines) {
        const row = lines.find((r) => r[0] === line.id)!;
        expect(row[col("kgCO2e (localisation)")]).toBe(Number(line.kgCO2e));
        expect(row[col("Id du facteur")]).toBe(line.factorId);
        expect(row[col("Valeur du facteur (kgCO2e par unité)")]).toBe(Number(line.factorValue));
        expect(row[col("Libellé")]).toBe(`'${HOSTILE}`); // neutralised
        expect(row[col("Quantité saisie")]).toBe(12000);
        expect(row[col("Site")]).toBe("Siège");
        expect(row[col("Statut")]).toBe("Validée");
        expect(row[col("Saisi par")]).toBe(t.actorOf("MANAGER").email);
        expect(row[col("Validé par")]).toBe(t.actorOf("OWNER").email);
        const factor = await db.emissionFactor.findUnique({ where: { id: line.factorId }, include: { release: true } });
        if (factor) {
          expect(row[col("Nom du facteur")]).toBe(factor.nameFr);
          expect(row[col("Source")]).toBe(factor.source);
          expect(row[col("Version")]).toBe(factor.version);
          expect(row[col("Licence")]).toBe(factor.release.licence);
        }
      }
      const plane = lines.find((r) => r[col("Id du facteur")] === "desnz:9@2025")!;
      expect(plane[col("kgCO2e (localisation)")]).toBe(-5); // a negative number stays a number

      const factors = sheet("Facteurs");
      expect(factors.map((r) => r[0])).toEqual(
        expect.arrayContaining(["Id du facteur", "desnz:9@2025", ...new Set(gridLines.map((l) => l.factorId))]),
      );
      expect(factors.find((r) => r[0] === "desnz:9@2025")?.at(-1)).toBe(1);

      expect(sheet("Paramètres de calcul")).toContainEqual(["Jeu de PRG (fuites de fluides)", "AR5"]);
      const keys = sheet("Clés de notation");
      expect(keys[1]?.slice(2, 4)).toEqual(["Non estimé (NE)", "'@pas de données"]);

      const audit = sheet("Journal d'audit");
      const actions = audit.slice(1).map((r) => r[2]);
      expect(actions).toContain("activity.create");
      expect(actions).toContain("notationKey.set");
      expect(audit.find((r) => r[2] === "export.evidencePack")?.[1]).toBe(t.actorOf("MANAGER").email);

      const notes = sheet("Notes");
      expect(notes).toContainEqual(["Généré par", t.actorOf("MANAGER").email]);
      expect(notes).toContainEqual(["Période", "2024"]);
      expect(notes.find((r) => r[0] === "desnz")?.slice(0, 2)).toEqual(["desnz", "2025"]);
      // Neither 2023's line (777 kg) nor the other organisation's (9999 kg): compared cell by cell, since a
      // random line id may well contain "777".
      const cells = lines.flat();
      for (const kg of [777, 9999]) expect(cells.filter((c) => c === kg || c === String(kg))).toEqual([]);
    },
  );

  it(
    "a build that fails half-way leaves no file behind, and the previous pack stays",
    { timeout: 60_000 },
    async () => {
      const { t, p24 } = await seeded();
      const request = {
        organizationId: t.organizationId,
        periodId: p24,
        actor: t.actorOf("OWNER"),
        locale: "fr",
      } as const;
      const kept = await buildEvidencePack(db, { ...request, runId: "ok" });
      await expect(
        buildEvidencePack(db, { ...request, runId: "broken" }, async ({ done }) => {
          if (done > 0) throw new Error("worker stopped");
        }),
      ).rejects.toThrow("worker stopped");
      const files = await db.exportFile.findMany({ where: { organizationId: t.organizationId, periodId: p24 } });
      expect(files.map((f) => [f.id, f.complete])).toEqual([[kept.exportFileId, true]]);
      expect(
        await db.exportFileChunk.count({
          where: { organizationId: t.organizationId, exportFileId: { not: kept.exportFileId } },
        }),
      ).toBe(0);
    },
  );

  it(
    "a second pack replaces the first; another organisation's period is NOT_FOUND and its files are never found",
    { timeout: 60_000 },
    async () => {
      const { t, p24, other } = await seeded();
      const first = await buildEvidencePack(db, {
        organizationId: t.organizationId,
        periodId: p24,
        runId: "r1",
        actor: t.actorOf("OWNER"),
        locale: "en",
      });
      const second = await buildEvidencePack(db, {
        organizationId: t.organizationId,
        periodId: p24,
        runId: "r2",
        actor: t.actorOf("OWNER"),
        locale: "en",
      });
      expect(await findExportFile(db, { organizationId: t.organizationId }, first.exportFileId)).toBeNull();
      expect(await findExportFile(db, { organizationId: t.organizationId }, second.exportFileId)).not.toBeNull();
      expect(await findExportFile(db, { organizationId: other.organizationId }, second.exportFileId)).toBeNull();
      const { workbook } = await readPack(t.organizationId, second.exportFileId);
      expect(workbook.worksheets[1]?.name).toBe("Emission lines");
      await expect(
        startEvidencePack(db, async () => boss, t.scope(), { periodId: other.periodOf(2024), locale: "fr" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        buildEvidencePack(db, {
          organizationId: t.organizationId,
          periodId: other.periodOf(2024),
          runId: "r3",
          actor: t.actorOf("OWNER"),
          locale: "fr",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );
});
