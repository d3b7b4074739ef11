import type { TFactorRecord } from "@/lib/factors/record";
import { IngestError } from "../ingest-error";
import { compareNatural } from "@/lib/calc/natural-sort";
import { readXlsxTextRows } from "../sheet-rows";
import { DESNZ_CONFIG } from "./config";
import { toDesnzRecord } from "./build";
import { checkDesnzHeader, groupDesnzRows, parseDesnzRow, type DesnzRow } from "./rows";

// DESNZ "flat file" xlsx → the curated, sorted factor records (whole file validated first).

export type DesnzIngestResult = { factors: TFactorRecord[]; stats: Record<string, number> };

export async function ingestDesnz(file: string, version: string): Promise<DesnzIngestResult> {
  if (!/\.xlsx$/i.test(file)) throw new IngestError(file, "expected the DESNZ flat file (.xlsx)");
  const rows: DesnzRow[] = [];
  let sawHeader = false;
  for await (const raw of readXlsxTextRows(file, DESNZ_CONFIG.sheet)) {
    if (raw.row < DESNZ_CONFIG.headerRow) continue;
    if (raw.row === DESNZ_CONFIG.headerRow) {
      checkDesnzHeader(file, raw, version);
      sawHeader = true;
      continue;
    }
    const row = parseDesnzRow(file, raw, version);
    if (row) rows.push(row);
  }
  if (!sawHeader) throw new IngestError(file, `no header row at row ${DESNZ_CONFIG.headerRow}`);
  const groups = groupDesnzRows(file, rows);
  const stats = { rows: rows.length, factors: groups.size, included: 0, noValue: 0, unitNotShipped: 0 };
  const factors: TFactorRecord[] = [];
  for (const g of groups.values()) {
    const total = g.rows.get(1);
    const level1 = (total ?? [...g.rows.values()][0]!).levels[0];
    if (!DESNZ_CONFIG.includedLevel1.includes(level1)) continue;
    const record = toDesnzRecord(file, g, version);
    if (record) {
      factors.push(record);
      stats.included += 1;
    } else if (total?.value == null) stats.noValue += 1;
    else stats.unitNotShipped += 1;
  }
  factors.sort((a, b) => compareNatural(a.sourceId, b.sourceId));
  return { factors, stats };
}
