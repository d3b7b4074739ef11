import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "./csv";
import { encodeText } from "./encoding";
import { FileReadError } from "./errors";

const dir = mkdtempSync(path.join(os.tmpdir(), "albedo-files-csv-"));
function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
async function rows(file: string, delimiter = ";") {
  const out: { row: number; cells: string[] }[] = [];
  for await (const r of readCsvRows(file, { delimiter })) out.push(r);
  return out;
}

describe("CSV reader", () => {
  it("streams records with their row numbers, quoted separators and line breaks, blank lines skipped", async () => {
    const file = write(
      "a.csv",
      encodeText('code;libellé\r\n1;"Gaz; PCS"\r\n\r\n2;"deux\r\nlignes"\r\n', "windows-1252"),
    );
    expect(await rows(file)).toEqual([
      { row: 1, cells: ["code", "libellé"] },
      { row: 2, cells: ["1", "Gaz; PCS"] },
      { row: 3, cells: ["2", "deux\r\nlignes"] },
    ]);
  });

  it("reads a large windows-1252 file whose accents fall on chunk boundaries", async () => {
    const line = "42;Électricité – réseau;0,0519\n";
    const file = write("big.csv", encodeText(line.repeat(20_000), "windows-1252")); // ~600 KB, many chunks
    const all = await rows(file);
    expect(all).toHaveLength(20_000);
    expect(all.every((r) => r.cells[1] === "Électricité – réseau")).toBe(true);
  });

  it("names the file and the row of malformed CSV", async () => {
    const file = write("bad.csv", 'a;b\n1;2\n3;"unclosed\n');
    const err = await rows(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err).toMatchObject({ code: "malformed_csv", file, row: 3 });
    expect((err as Error).message).toMatch(/^bad\.csv, row 3: malformed CSV/);
  });

  it("reports a missing file as unreadable", async () => {
    const err = await rows(path.join(dir, "nope.csv")).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "unreadable", message: "nope.csv: file not found" });
  });

  it("lets the caller stop early", async () => {
    const file = write("stop.csv", "x,y\n".repeat(50_000));
    let n = 0;
    for await (const _ of readCsvRows(file, { delimiter: "," })) if (++n === 3) break;
    expect(n).toBe(3);
  });
});
