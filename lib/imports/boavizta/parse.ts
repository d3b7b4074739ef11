import { readApiBatch, apiImport, looksLikeApiBatch } from "./api-batch";
import { looksLikeApiResponse, readApiResponse } from "./api-response";
import { looksLikeBoagent, readBoagent } from "./boagent";
import { looksLikeCloudScannerMetrics, readCloudScannerMetrics } from "./cloud-scanner-prometheus";
import { looksLikeCloudScanner, readCloudScannerJson } from "./cloud-scanner-json";
import { BoaviztaParseError } from "./errors";
import { looksLikeFootprintCsv, readFootprintCsv } from "./footprint-csv";
import { ZBoaviztaImport, type TBoaviztaImport } from "./model";
import type { TImportRowError } from "@/lib/imports/types";

// The entry point: bytes → which Boavizta tool, format and version wrote them (from the content alone,
// never the file name) → the normalised model, or one clear error and no result.

export type TBoaviztaParseResult = { ok: true; data: TBoaviztaImport } | { ok: false; errors: TImportRowError[] };

const SNIFF_BYTES = 8192;

export function parseBoaviztaFile(bytes: Uint8Array): TBoaviztaParseResult {
  try {
    const data = ZBoaviztaImport.parse(read(bytes));
    return { ok: true, data };
  } catch (err) {
    if (err instanceof BoaviztaParseError) return { ok: false, errors: [err.toRowError()] };
    throw err;
  }
}

/** Binary content (a NUL byte, or more than 1 % control characters at the start) is refused unread. */
function decodeText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new BoaviztaParseError("boaviztaNotText");
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls += 1;
  }
  if (controls > head.length / 100) throw new BoaviztaParseError("boaviztaNotText");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // strips a BOM
  } catch {
    throw new BoaviztaParseError("boaviztaNotText");
  }
}

function read(bytes: Uint8Array): TBoaviztaImport {
  const text = decodeText(bytes);
  const trimmed = text.trim();
  if (trimmed === "") throw new BoaviztaParseError("boaviztaEmpty");
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return readJsonText(trimmed);
  if (looksLikeFootprintCsv(trimmed)) return readFootprintCsv(trimmed);
  if (looksLikeCloudScannerMetrics(trimmed)) return readCloudScannerMetrics(trimmed);
  throw new BoaviztaParseError("boaviztaUnknownShape", { where: "file" });
}

function readJsonText(text: string): TBoaviztaImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return readJsonLines(text);
  }
  return readJson(json);
}

/** JSON Lines: one response per non-empty line. A file that is neither JSON nor JSON Lines is truncated or broken. */
function readJsonLines(text: string): TBoaviztaImport {
  const lines = text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, text: l.trim() }))
    .filter((l) => l.text !== "");
  if (lines.length < 2) throw new BoaviztaParseError("boaviztaInvalidJson", { line: 1 }, 1);
  const elements = lines.map((l) => {
    try {
      return JSON.parse(l.text) as unknown;
    } catch {
      throw new BoaviztaParseError("boaviztaInvalidJson", { line: l.line }, l.line);
    }
  });
  if (!looksLikeApiBatch(elements)) throw new BoaviztaParseError("boaviztaUnknownShape", { where: "JSON Lines" });
  return readApiBatch(elements, (i) => `line ${lines[i]?.line ?? i + 1}`);
}

function readJson(json: unknown): TBoaviztaImport {
  if (Array.isArray(json) && json.length === 0) throw new BoaviztaParseError("boaviztaEmpty");
  if (looksLikeCloudScanner(json)) return readCloudScannerJson(json);
  if (looksLikeBoagent(json)) return readBoagent(json);
  if (Array.isArray(json)) {
    if (!looksLikeApiBatch(json)) throw new BoaviztaParseError("boaviztaUnknownShape", { where: "JSON array" });
    return readApiBatch(json, (i) => `#${i + 1}`);
  }
  if (typeof json === "object" && json !== null && "number_of_resources_total" in json) {
    throw new BoaviztaParseError("boaviztaSummaryOnly", { where: "cloud-scanner summary" });
  }
  if (looksLikeApiResponse(json))
    return apiImport([{ name: "resource", reading: readApiResponse(json, "response") }], "boaviztapi-json");
  throw new BoaviztaParseError("boaviztaUnknownShape", { where: "JSON" });
}
