import path from "node:path";

// One error type for every rejected input, always naming where the problem is, so a maintainer can open
// the official file at the right cell. Any IngestError rejects the whole file: nothing gets written.
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly row: number | null = null,
    readonly column: string | null = null,
  ) {
    const where = [path.basename(file), row != null ? `row ${row}` : null, column != null ? `column "${column}"` : null]
      .filter(Boolean)
      .join(", ");
    super(`${where}: ${problem}`);
    this.name = "IngestError";
  }
}
