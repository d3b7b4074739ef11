import { ZBoaviztaChoices, type TBoaviztaChoicesInput } from "./choices";
import { parseBoaviztaFile } from "./parse";
import { storeBoaviztaResults } from "./results";
import { boaviztaRows } from "./to-activities";
import type { TParsedImport } from "@/lib/imports/types";

// A Boavizta output on the imports page: told apart from templates and FECs by its content (JSON, the
// cloud-scanner metrics text, or the manufacturer CSV header), parsed, answered with the accounting choices
// (defaults when the uploader gave none) and handed to the one pipeline as activity rows plus its results.

const MEDIA_TYPES = { json: "application/json", text: "text/plain", csv: "text/csv" } as const;

function sniff(bytes: Uint8Array): keyof typeof MEDIA_TYPES | null {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (/^(# (HELP|TYPE) )?boavizta_/m.test(head)) return "text";
  const header = head.slice(0, head.indexOf("\n") >>> 0).toLowerCase();
  if (header.includes("manufacturer") && header.includes("gwp_total")) return "csv";
  return null;
}

/** True when the content is for the Boavizta reader rather than a template or an FEC. */
export const looksLikeBoavizta = (bytes: Uint8Array) => sniff(bytes) !== null;

export function parseBoaviztaUpload(
  bytes: Uint8Array,
  ctx: { periodId: string; locale: string; choices?: TBoaviztaChoicesInput },
): { parsed: TParsedImport; mediaType: string } {
  const mediaType = MEDIA_TYPES[sniff(bytes) ?? "text"];
  const locale = ctx.locale === "fr" ? "fr" : "en";
  const failed = (errors: TParsedImport["errors"]): { parsed: TParsedImport; mediaType: string } => ({
    parsed: { format: "boavizta", template: null, language: locale, rows: [], errors },
    mediaType,
  });
  const result = parseBoaviztaFile(bytes);
  if (!result.ok) return failed(result.errors);
  // The manufacturer dataset is a catalogue of models, not an inventory: nothing says which were bought.
  if (result.data.format === "footprint-csv")
    return failed([{ row: null, column: null, message: "imports.errors.boaviztaCatalogue" }]);
  const choices = ZBoaviztaChoices.parse(ctx.choices ?? {});
  const { parsed, sources } = boaviztaRows(result.data, choices, { periodId: ctx.periodId, locale });
  parsed.storeResults = (tx, ids) => storeBoaviztaResults(tx, ids, { data: result.data, choices, sources });
  return { parsed, mediaType };
}
