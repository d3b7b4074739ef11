import ExcelJS from "exceljs";
import type { AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { factorAttributions } from "@/lib/exports/attributions";
import { fileNamePart, XLSX_TYPE } from "@/lib/exports/download";
import { jsonCell, periodAuditBatches } from "@/lib/exports/evidence-audit";
import { EvidenceFactors } from "@/lib/exports/evidence-factors";
import { countPeriodLines, evidenceLineBatches } from "@/lib/exports/evidence-lines";
import { factorColumns, factorRow, lineColumns, lineRow, type TLineNames } from "@/lib/exports/evidence-sheets";
import {
  completeExportFile,
  createExportFile,
  discardExportFile,
  exportFileWriter,
  pruneExportFiles,
} from "@/lib/exports/file-store";
import { exportTranslator, type TExportLocale, type TExportT } from "@/lib/exports/messages";
import { addNotesSheet, addRow, addTableSheet } from "@/lib/exports/xlsx";
import { listNotationKeys } from "@/lib/notation-keys/queries";

// The auditors' evidence pack of one period: one XLSX workbook, streamed (exceljs WorkbookWriter into
// ExportFile chunks) so memory stays flat whatever the number of lines. Sheets: notes (state, who, when,
// factor attributions), every emission line → activity → factor → source and licence, the factors used,
// the period's calculation settings, its notation keys and its audit trail. Run by the "evidence.pack"
// background job (lib/jobs), which reports progress in lines.

export const EVIDENCE_PACK_KIND = "evidence-pack";
const MAX_SHEET_ROWS = 1_000_000; // Excel's limit is 1,048,576 rows: longer periods continue on a second sheet

export type TEvidencePackRequest = {
  organizationId: string;
  periodId: string;
  runId: string;
  actor: AuditActor;
  locale: TExportLocale;
};
export type TEvidencePackProgress = (p: { done: number; total: number; errors: number }) => Promise<void>;
export type TEvidencePackResult = { exportFileId: string; lines: number; sizeBytes: number };

async function nameMaps(db: Db, organizationId: string) {
  const [sites, products] = await Promise.all([
    db.site.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.product.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  return {
    sites: new Map(sites.map((s) => [s.id, s.name])),
    products: new Map(products.map((p) => [p.id, p.name])),
  };
}

function settingsRows(
  t: TExportT,
  period: {
    gwpSet: string;
    includeContrails: boolean;
    capitalGoodsMethod: string;
    startDate: Date;
    endDate: Date;
    status: string;
  },
) {
  const s = (key: string) => t(`exports.pack.settings.${key}`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return [
    [s("gwpSet"), period.gwpSet],
    [s("includeContrails"), s(period.includeContrails ? "yes" : "no")],
    [s("capitalGoodsMethod"), period.capitalGoodsMethod],
    [s("periodStart"), day(period.startDate)],
    [s("periodEnd"), day(period.endDate)],
    [s("periodStatus"), period.status],
  ];
}

// exceljs's writer does not wait for the zip, nor the zip for its destination: when the database stores
// chunks more slowly than rows are produced, compressed and raw bytes pile up in buffers outside the V8
// heap. Before reading the next batch, wait (up to a few seconds) until they are back under a bound.
const MAX_BUFFERED_BYTES = 64 << 20;
const MAX_WAIT_MS = 5_000;

async function settle(sink: { writableNeedDrain: boolean }) {
  const started = Date.now();
  while (
    (sink.writableNeedDrain || process.memoryUsage().arrayBuffers > MAX_BUFFERED_BYTES) &&
    Date.now() - started < MAX_WAIT_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function buildEvidencePack(
  db: Db,
  request: TEvidencePackRequest,
  onProgress: TEvidencePackProgress = async () => {},
): Promise<TEvidencePackResult> {
  const { organizationId, periodId } = request;
  const scope = { organizationId };
  const [period, organization] = await Promise.all([
    db.reportingPeriod.findFirst({ where: { id: periodId, organizationId } }),
    db.organization.findFirst({ where: { id: organizationId }, select: { name: true, slug: true } }),
  ]);
  if (!period || !organization) throw new AppError("NOT_FOUND");
  const t = exportTranslator(request.locale);
  const total = await countPeriodLines(db, organizationId, periodId);
  await onProgress({ done: 0, total, errors: 0 });

  const fileName = `albedo_${organization.slug}_${fileNamePart(period.label)}_evidence-pack.xlsx`;
  const exportFileId = await createExportFile(db, scope, {
    kind: EVIDENCE_PACK_KIND,
    periodId,
    jobRunId: request.runId,
    fileName,
    mediaType: XLSX_TYPE,
    createdById: request.actor.id,
  });
  try {
    return await writeEvidencePack(db, request, { t, total, period, organization, exportFileId }, onProgress);
  } catch (error) {
    // A failed build leaves no half-written file behind; the previous complete pack stays downloadable.
    await discardExportFile(db, scope, exportFileId).catch(() => {});
    throw error;
  }
}

/** The pack's sheets, streamed into the (still incomplete) export file, which is then marked complete. */
async function writeEvidencePack(
  db: Db,
  request: TEvidencePackRequest,
  built: {
    t: ReturnType<typeof exportTranslator>;
    total: number;
    period: Parameters<typeof settingsRows>[1] & { label: string };
    organization: { name: string };
    exportFileId: string;
  },
  onProgress: TEvidencePackProgress,
): Promise<TEvidencePackResult> {
  const { organizationId, periodId } = request;
  const scope = { organizationId };
  const { t, total, period, organization, exportFileId } = built;
  const c = (key: string) => t(`exports.pack.columns.${key}`);
  const sink = exportFileWriter(db, scope, exportFileId);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    // No cell styles: exceljs's per-cell style bookkeeping doubles its time per cell (measured, see
    // lib/exports/README.md), so the pack has no number formats or bold headers; numbers stay numbers at
    // full precision, panes are frozen and columns sized as in the table exports.
    useStyles: false,
    useSharedStrings: false, // inline strings: nothing accumulates in memory across the lines
    zip: { zlib: { level: 1 } }, // speed over size: the pack is downloaded once or twice
  });
  workbook.creator = "Albedo";

  addNotesSheet(
    workbook,
    {
      organization: organization.name,
      period: period.label,
      basis: "all",
      scope2: null,
      view: null,
      filters: null,
      generatedAt: new Date(),
      generatedBy: request.actor.email,
      attributions: await factorAttributions(db, organizationId, periodId, "all"),
    },
    t,
  ).commit();

  const names = await nameMaps(db, organizationId);
  const users = new Map<string, string>();
  const factors = new EvidenceFactors(db, organizationId, request.locale);
  const lineNames: TLineNames = {
    site: (id) => (id ? (names.sites.get(id) ?? null) : null),
    product: (id) => (id ? (names.products.get(id) ?? null) : null),
    user: (id) => (id ? (users.get(id) ?? null) : null),
    status: (status) => t(`activityStatus.status.${status}`),
  };
  const linesSheet = (n: number) =>
    addTableSheet(workbook, {
      sheet: n === 1 ? t("exports.sheets.lines") : `${t("exports.sheets.lines")} (${n})`,
      columns: lineColumns(t),
      rows: [],
    });
  let sheet = linesSheet(1);
  let sheetRows = 0;
  let done = 0;
  for await (const batch of evidenceLineBatches(db, organizationId, periodId)) {
    const userIds = [...new Set(batch.flatMap((l) => [l.createdById, l.statusChangedById]))].filter(
      (id): id is string => id !== null && !users.has(id),
    );
    const [found] = await Promise.all([
      userIds.length === 0
        ? []
        : db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }),
      factors.load(batch.map((l) => l.factorId)),
    ]);
    for (const u of found) users.set(u.id, u.email);
    for (const line of batch) {
      if (sheetRows === MAX_SHEET_ROWS) {
        sheet.commit();
        sheet = linesSheet(Math.floor(done / MAX_SHEET_ROWS) + 1);
        sheetRows = 0;
      }
      addRow(sheet, lineRow(line, factors.use(line.factorId), lineNames)).commit();
      sheetRows += 1;
    }
    done += batch.length;
    await onProgress({ done, total: Math.max(total, done), errors: 0 });
    // Let the zip and the database catch up before reading more: memory stays flat.
    await settle(sink.stream);
  }
  sheet.commit();

  addTableSheet(workbook, {
    sheet: t("exports.sheets.factors"),
    columns: factorColumns(t),
    rows: factors.list().map(factorRow),
  }).commit();

  addTableSheet(workbook, {
    sheet: t("exports.sheets.settings"),
    columns: [
      { header: c("setting"), kind: "text", width: 36 },
      { header: c("value"), kind: "text", width: 24 },
    ],
    rows: settingsRows(t, period),
  }).commit();

  const keys = await listNotationKeys(db, organizationId, periodId);
  addTableSheet(workbook, {
    sheet: t("exports.sheets.notationKeys"),
    columns: [
      { header: c("category"), kind: "text", width: 30 },
      { header: c("site"), kind: "text", width: 24 },
      { header: c("kind"), kind: "text", width: 28 },
      { header: c("explanation"), kind: "text", width: 60 },
      { header: c("date"), kind: "text", width: 22 },
    ],
    rows: keys.map((k) => [
      t(`collection.categories.${k.category}.title`),
      k.siteId ? (names.sites.get(k.siteId) ?? k.siteId) : null,
      t(`notationKeys.kinds.${k.kind}`),
      k.explanation,
      k.updatedAt.toISOString(),
    ]),
  }).commit();

  const audit = addTableSheet(workbook, {
    sheet: t("exports.sheets.audit"),
    columns: [
      { header: c("date"), kind: "text", width: 24 },
      { header: c("actor"), kind: "text", width: 28 },
      { header: c("action"), kind: "text", width: 24 },
      { header: c("entityType"), kind: "text", width: 16 },
      { header: c("entityId"), kind: "text", width: 26 },
      { header: c("before"), kind: "text", width: 50 },
      { header: c("after"), kind: "text", width: 50 },
    ],
    rows: [],
  });
  for await (const events of periodAuditBatches(db, organizationId, periodId)) {
    for (const e of events) {
      addRow(audit, [
        e.createdAt.toISOString(),
        e.actorEmail,
        e.action,
        e.entityType,
        e.entityId,
        jsonCell(e.before),
        jsonCell(e.after),
      ]).commit();
    }
  }
  audit.commit();

  await workbook.commit();
  const { sizeBytes, sha256 } = sink.summary();
  await completeExportFile(db, scope, exportFileId, { sizeBytes, sha256, rows: done });
  await pruneExportFiles(db, scope, { id: exportFileId, kind: EVIDENCE_PACK_KIND, periodId });
  return { exportFileId, lines: done, sizeBytes };
}
