import { describe, expect, it } from "vitest";
import { cleanFileName, detectEvidenceType } from "@/lib/evidence/detect";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

// Minimal but real headers: what file-type reads to recognise each format.
const PDF = bytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13],
  "IHDR",
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
const GZIP = bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]);

describe("evidence type detection (from the content)", () => {
  it("recognises PDF invoices and meter photos whatever their name says", async () => {
    expect(await detectEvidenceType(PDF, "facture.pdf")).toBe("application/pdf");
    expect(await detectEvidenceType(PDF, "facture.txt")).toBe("application/pdf");
    expect(await detectEvidenceType(PNG, "compteur.png")).toBe("image/png");
    expect(await detectEvidenceType(JPEG, "compteur.jpg")).toBe("image/jpeg");
  });

  it("refuses an executable or an archive renamed as a PDF", async () => {
    expect(await detectEvidenceType(ELF, "facture.pdf")).toBeNull();
    expect(await detectEvidenceType(GZIP, "facture.pdf")).toBeNull();
  });

  it("accepts UTF-8 text as CSV or plain text by its name, and refuses binary noise and empty files", async () => {
    expect(await detectEvidenceType(Buffer.from("date;kWh\n2025-01-31;1 250,5\n"), "releve.csv")).toBe("text/csv");
    expect(await detectEvidenceType(Buffer.from("Relevé du compteur : 12 345 kWh\n"), "note.txt")).toBe("text/plain");
    expect(await detectEvidenceType(Buffer.from([0x41, 0x00, 0x42, 0x01]), "data.csv")).toBeNull();
    expect(await detectEvidenceType(Buffer.from([0xc3, 0x28]), "bad-utf8.csv")).toBeNull();
    expect(await detectEvidenceType(new Uint8Array(), "vide.pdf")).toBeNull();
  });
});

describe("stored file names", () => {
  it("keeps the base name only, without control characters or quotes", () => {
    expect(cleanFileName("C:\\Users\\léa\\Factures\\EDF janvier.pdf")).toBe("EDF janvier.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\r\nc.pdf')).toBe("abc.pdf");
    expect(cleanFileName("..")).toBe("document");
    expect(cleanFileName("")).toBe("document");
  });
});
