import path from "node:path";

// One typed error for every file this module cannot read, naming the file (and row when known) so the
// caller can map it to its own error (factor ingestion → IngestError, imports → a user-facing message).

export type FileReadErrorCode =
  | "unreadable" // missing, a folder, no permission
  | "corrupt" // truncated or damaged xlsx (zip) container, or a part that fails to decompress or parse
  | "sheet_not_found"
  | "malformed_csv"
  | "invalid_encoding";

export class FileReadError extends Error {
  constructor(
    readonly code: FileReadErrorCode,
    readonly file: string,
    readonly problem: string,
    readonly row: number | null = null,
  ) {
    super(`${path.basename(file)}${row != null ? `, row ${row}` : ""}: ${problem}`);
    this.name = "FileReadError";
  }
}

const errnoCode = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code;

/** Turns an operating-system error on opening the file into an "unreadable" FileReadError. */
export function unreadable(file: string, err: unknown): FileReadError | null {
  const code = errnoCode(err);
  if (code === "ENOENT") return new FileReadError("unreadable", file, "file not found");
  if (code === "EISDIR") return new FileReadError("unreadable", file, "is a folder, not a file");
  if (code === "EACCES" || code === "EPERM") return new FileReadError("unreadable", file, "permission denied");
  return null;
}
