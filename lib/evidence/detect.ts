import { fileTypeFromBuffer } from "file-type";

// What a piece of evidence may be, decided from its bytes (file-type reads the magic numbers), never from
// the name or the browser's Content-Type: a renamed executable is refused whatever it claims to be.

export const EVIDENCE_MEDIA_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "text/csv": "csv",
  "text/plain": "txt",
} as const;
export type TEvidenceMediaType = keyof typeof EVIDENCE_MEDIA_TYPES;

const isEvidenceType = (mime: string): mime is TEvidenceMediaType => Object.hasOwn(EVIDENCE_MEDIA_TYPES, mime);

// Text has no magic number: accept it when it decodes as UTF-8 and holds no control bytes besides
// tab and line breaks (a binary file almost always has some in its first kilobytes).
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x0b || b === 0x0c) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The media type of an accepted document, or null for anything else (executables, archives, unknown). */
export async function detectEvidenceType(bytes: Uint8Array, fileName: string): Promise<TEvidenceMediaType | null> {
  if (bytes.length === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return isEvidenceType(detected.mime) ? detected.mime : null;
  if (!looksLikeText(bytes)) return null;
  return /\.csv$/i.test(fileName) ? "text/csv" : "text/plain";
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f"]/g;

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(UNSAFE_IN_NAME, "").trim().slice(-200);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "document" : cleaned;
}
