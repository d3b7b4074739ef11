import type { TextEncoding } from "@/lib/files/encoding";
import { readCsvTextRows, type SheetRow } from "../sheet-rows";

// ADEME publishes Base_Carbone_V<version>.csv `;`-separated with decimal commas. Its encoding has varied
// (windows-1252 in older exports; UTF-8, with or without BOM, elsewhere), so it is detected (see
// lib/files/encoding.ts). A wrong guess cannot slip through: the header check would then fail on
// "Identifiant de l'élément".

/** Streams the CSV as text rows (row 1 = header), never loading the whole file. */
export function readAdemeCsv(file: string, onEncoding?: (e: TextEncoding) => void): AsyncGenerator<SheetRow> {
  return readCsvTextRows(file, { delimiter: ";", relaxQuotes: true, onEncoding });
}
