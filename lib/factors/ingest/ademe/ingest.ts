import path from "node:path";
import type { TFactorRecord } from "@/lib/factors/record";
import { IngestError } from "../ingest-error";
import { compareNatural } from "@/lib/calc/natural-sort";
import { readXlsxTextRows, type SheetRow } from "../sheet-rows";
import { joinAdemeRows, toAdemeRecord } from "./build";
import { readAdemeCsv } from "./read-csv";
import { ademeRowParser, type AdemeRow } from "./rows";
import { ADEME_CURATIONS, type TAdemeSource } from "./curation";
import { selectAdemeElements, type SelectionStats } from "./select";

// Official Base Carbone export (CSV or xlsx) → the curated, sorted factor records. Reads and validates
// the whole file before returning anything, so a bad file never produces partial output.

export type AdemeIngestResult = { factors: TFactorRecord[]; stats: SelectionStats & { rows: number } };

function rowsOf(file: string, version: string): AsyncGenerator<SheetRow> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return readAdemeCsv(file);
  if (ext === ".xlsx") return readXlsxTextRows(file, `Base_Carbone_V${version}`);
  throw new IngestError(file, `unsupported file type "${ext}" (expected .csv or .xlsx)`);
}

export async function ingestAdeme(
  file: string,
  version: string,
  source: TAdemeSource = "ademe",
): Promise<AdemeIngestResult> {
  let parseRow: ((raw: SheetRow) => AdemeRow) | null = null;
  const rows: AdemeRow[] = [];
  for await (const raw of rowsOf(file, version)) {
    if (!parseRow) parseRow = ademeRowParser(file, raw);
    else if (raw.cells.some((c) => c != null && c.trim() !== "")) rows.push(parseRow(raw));
  }
  if (!parseRow) throw new IngestError(file, "empty file: no header row");
  const elements = joinAdemeRows(file, rows);
  const { selected, stats } = selectAdemeElements(file, elements, ADEME_CURATIONS[source]);
  const factors = selected
    .map((e) => toAdemeRecord(file, e, version, source))
    .sort((a, b) => compareNatural(a.sourceId, b.sourceId));
  return { factors, stats: { ...stats, rows: rows.length } };
}
