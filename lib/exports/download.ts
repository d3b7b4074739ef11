// Headers of every export download: an attachment (never shown inline or sniffed), never cached.

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "Nuage Analytics 2024/25" → "Nuage-Analytics-2024-25": safe in every file system and header. */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "export"
  );
}

export function downloadHeaders(fileName: string, contentType: string, size?: number): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    ...(size === undefined ? {} : { "Content-Length": String(size) }),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}

export const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
