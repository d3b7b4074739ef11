import type { TFactorRecord } from "@/lib/factors/record";
import { IngestError } from "../ingest-error";
import { ADEME_GAS_COLUMNS } from "./columns";
import { ADEME_CURATIONS, type TAdemeSource } from "./curation";
import { ademeRegionLabel, mapAdemeRegion } from "./regions";
import { ADEME_STATUSES, type AdemeRow } from "./rows";
import { mapAdemeStage } from "./stages";
import { GWP_UNIT_LABEL, mapAdemeUnit } from "./units";

// Base Carbone element (+ its `Poste` rows) → one factor record.

export type AdemeElement = { element: AdemeRow; stages: AdemeRow[] };

/** Joins each `Poste` row to its `Elément` by id, keeping file order; rejects orphans and duplicates. */
export function joinAdemeRows(file: string, rows: Iterable<AdemeRow>): Map<string, AdemeElement> {
  const elements = new Map<string, AdemeElement>();
  const stages: AdemeRow[] = [];
  for (const row of rows) {
    if (row.lineType === "stage") stages.push(row);
    else if (elements.has(row.id))
      throw new IngestError(file, `duplicate element id ${row.id}`, row.row, "Identifiant de l'élément");
    else elements.set(row.id, { element: row, stages: [] });
  }
  for (const stage of stages) {
    const el = elements.get(stage.id);
    if (!el)
      throw new IngestError(file, `Poste row for unknown element ${stage.id}`, stage.row, "Identifiant de l'élément");
    el.stages.push(stage);
  }
  return elements;
}

/** The GWP table an element belongs to, from its category ("PRG à 100 ans du 5ème rapport du GIEC"). */
export function ademeGwpTable(category: string | null): "AR4" | "AR5" | "AR6" | null {
  const m = /PRG à 100 ans (?:du|issus du) ([456])(?:ème|eme) rapport du GIEC/i.exec(category ?? "");
  return m ? (`AR${m[1]}` as "AR4" | "AR5" | "AR6") : null;
}

export function ademeUnit(el: AdemeRow) {
  if (el.unit == null) return ademeGwpTable(el.category) ? ({ unit: "kg", label: GWP_UNIT_LABEL } as const) : null;
  const unit = mapAdemeUnit(el.unit);
  return unit ? { unit, label: el.unit } : null;
}

const YEAR = /\b(19[89]\d|20\d\d)\b/g;

/** The year the data describe, when the file says so clearly; otherwise null (never the creation date). */
export function ademeReferenceYear(el: AdemeRow): number | null {
  const stated = /ann[ée]es?\s+(\d{4})/i.exec(el.validity ?? "") ?? /\((\d{4})\)/.exec(el.unit ?? "");
  if (stated) return Number(stated[1]);
  const inName = new Set([el.nameFr, el.attributeFr, el.boundaryFr].flatMap((t) => (t ?? "").match(YEAR) ?? []));
  return inName.size === 1 ? Number([...inName][0]) : null;
}

const joinName = (...parts: (string | null)[]) => parts.filter(Boolean).join(" - ");

function ademeTags(el: AdemeRow, unit: string, stages: TFactorRecord["stages"]): string[] {
  const category = el.category ?? "";
  const root = category.split(" > ")[0];
  const tags = new Set<string>();
  if (unit === "kEUR" || unit === "EUR") tags.add("monetary-ratio");
  if (stages.some((s) => s.stage === "non_co2")) tags.add("contrails");
  if (/SANS train[ée]es/i.test(el.boundaryFr ?? "")) tags.add("without-contrails");
  if (/Informatique et équipements électroniques/.test(category)) tags.add("it-equipment");
  if (ademeGwpTable(category)) tags.add("gwp");
  const byRoot: Record<string, string> = {
    Electricité: "electricity",
    "Réseaux de chaleur / froid": "district-heating",
    Combustibles: "fuel",
    "Transport de personnes": "passenger-transport",
    "Transport de marchandises": "freight-transport",
    "Traitement des déchets": "waste",
  };
  if (root && byRoot[root]) tags.add(byRoot[root]);
  return [...tags].sort();
}

export function toAdemeRecord(
  file: string,
  { element: el, stages: postes }: AdemeElement,
  version: string,
  source: TAdemeSource = "ademe",
): TFactorRecord {
  const unit = ademeUnit(el);
  if (!unit) throw new IngestError(file, `element ${el.id} has no shippable unit`, el.row, "Unité français");
  if (!el.nameFr) throw new IngestError(file, `element ${el.id} has no French name`, el.row, "Nom base français");
  const region = mapAdemeRegion(el.location, el.subLocation);
  if (!region)
    throw new IngestError(
      file,
      `element ${el.id}: no region code for "${ademeRegionLabel(el.location, el.subLocation)}"`,
      el.row,
      "Localisation géographique",
    );
  const categoryPath = (el.category ?? "")
    .split(" > ")
    .map((s) => s.trim())
    .filter(Boolean); // not ">": "Capacité >220 sièges"
  if (categoryPath.length === 0)
    throw new IngestError(file, `element ${el.id} has no category`, el.row, "Code de la catégorie");

  const stages = postes.map((p) => ({
    stage: mapAdemeStage(p.stageType, p.stageNameFr),
    labelFr: joinName(p.stageType, p.stageNameFr),
    labelEn: p.stageNameEn,
    value: p.total as string,
  }));
  const gases = ADEME_GAS_COLUMNS.every((g) => el[g] == null)
    ? null
    : { co2f: el.co2f, ch4f: el.ch4f, ch4b: el.ch4b, n2o: el.n2o, other: el.otherGhg, co2b: el.co2b };
  const reviewNote = ADEME_CURATIONS[source].review[el.id] ?? null;

  return {
    id: `${source}:${el.id}@${version}`,
    source,
    sourceId: el.id,
    version,
    nameFr: joinName(el.nameFr, el.attributeFr, el.boundaryFr),
    nameEn: el.nameEn ? joinName(el.nameEn, el.attributeEn, el.boundaryEn) : null,
    categoryPath,
    unit: unit.unit,
    unitLabel: unit.label,
    value: el.total as string,
    gases,
    stages,
    uncertaintyPct: el.uncertainty == null ? null : Number(el.uncertainty),
    region,
    regionLabel: ademeRegionLabel(el.location, el.subLocation),
    referenceYear: ademeReferenceYear(el),
    validity: el.validity,
    status: reviewNote ? "review" : ADEME_STATUSES[el.status as keyof typeof ADEME_STATUSES],
    reviewNote,
    // Only the GWP tables say which IPCC report they follow; for other elements the export is silent.
    gwpSet: ademeGwpTable(el.category) ?? "unknown",
    contributor: el.contributor,
    sourceText: el.source,
    tags: ademeTags(el, unit.unit, stages),
  };
}
