import type { TExportT } from "@/lib/exports/messages";
import type { TExportValue } from "@/lib/exports/cells";

// The notes sheet of every export: what the figures are (organisation, period, basis, scope-2 method,
// filters, classification view), when and by whom they were generated, and the sources and licences of the
// emission factors behind them, as their publishers ask them to be credited.

export type TAttribution = {
  source: string;
  version: string | null;
  publisher: string | null;
  title: string | null;
  licence: string | null;
  attribution: string | null;
  lines: number;
};

export type TExportNotes = {
  organization: string;
  period: string;
  basis: "validated" | "submitted" | "all";
  scope2: "location" | "market" | null; // null: both (the evidence pack has both columns)
  view: "ghg" | "beges" | null;
  filters: string | null;
  generatedAt: Date;
  generatedBy: string;
  attributions: TAttribution[];
};

/** The notes sheet's rows: label/value pairs, a blank row, then one row per factor source. */
export function notesRows(notes: TExportNotes, t: TExportT): TExportValue[][] {
  const n = (key: string) => t(`exports.notes.${key}`);
  return [
    [n("organization"), notes.organization],
    [n("period"), notes.period],
    [n("basis"), n({ validated: "basisValidated", submitted: "basisSubmitted", all: "basisAll" }[notes.basis])],
    [
      n("scope2"),
      n(notes.scope2 === null ? "scope2Both" : notes.scope2 === "location" ? "scope2Location" : "scope2Market"),
    ],
    ...(notes.view ? [[n("view"), n(notes.view === "ghg" ? "viewGhg" : "viewBeges")]] : []),
    [n("filters"), notes.filters ?? n("noFilters")],
    [n("generatedAt"), notes.generatedAt.toISOString()],
    [n("generatedBy"), notes.generatedBy],
    [n("units"), n("unitsText")],
    [],
    [n("factorSources")],
    [n("source"), n("release"), n("publisher"), n("title"), n("licence"), n("attribution"), n("lines")],
    ...notes.attributions.map((a) => [
      a.source,
      a.version,
      a.publisher ?? (a.source === "custom" ? n("customPublisher") : null),
      a.title,
      a.licence ?? (a.source === "custom" ? n("customLicence") : null),
      a.attribution,
      a.lines,
    ]),
  ];
}
