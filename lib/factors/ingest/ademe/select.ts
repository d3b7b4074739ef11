import { IngestError } from "../ingest-error";
import { ademeGwpTable, ademeUnit, type AdemeElement } from "./build";
import { ADEME_CURATION, mentionsEcoinvent, type TAdemeCuration } from "./curation";
import { mapAdemeRegion } from "./regions";

// Which Base Carbone elements Albedo ships (the rules are data: curation.json).

export type SelectionStats = Record<string, number>;

const isEcoinvent = ({ element: el }: AdemeElement) => mentionsEcoinvent(el.source, el.contributor);

function matchesRules(e: AdemeElement, c: TAdemeCuration): boolean {
  const el = e.element;
  const category = el.category ?? "";
  const gwp = ademeGwpTable(category);
  if (gwp) return (c.gwpSets as string[]).includes(gwp);
  const year = /^kgCO2e\/keuro \((\d{4})\) HT$/.exec(el.unit ?? "");
  if (year) return c.monetaryRatioYears.includes(Number(year[1]));
  if (el.elementType !== "Facteur d'émission") return false;
  const root = category.split(" > ")[0] ?? "";
  return (
    c.categoryRoots.includes(root) || c.categoryPrefixes.some((p) => category === p || category.startsWith(`${p} >`))
  );
}

/** The curated subset, in no particular order; fails if a required element cannot be shipped. */
export function selectAdemeElements(
  file: string,
  elements: Map<string, AdemeElement>,
  curation: TAdemeCuration = ADEME_CURATION,
): { selected: AdemeElement[]; stats: SelectionStats } {
  const stats: SelectionStats = {
    elements: elements.size,
    required: 0,
    byRule: 0,
    excludedEcoinvent: 0,
    excludedArchived: 0,
    excludedNoUnit: 0,
    excludedNoRegion: 0,
  };
  const selected: AdemeElement[] = [];
  for (const id of Object.keys(curation.requiredIds)) {
    const e = elements.get(id);
    if (!e) throw new IngestError(file, `required element ${id} (${curation.requiredIds[id]}) is not in the file`);
    const where = (problem: string, column: string) =>
      new IngestError(file, `required element ${id}: ${problem}`, e.element.row, column);
    if (isEcoinvent(e)) throw where("derived from ecoinvent, cannot be redistributed", "Source");
    if (!ademeUnit(e.element)) throw where(`unit "${e.element.unit}" has no canonical equivalent`, "Unité français");
    if (!mapAdemeRegion(e.element.location, e.element.subLocation))
      throw where("no region code", "Localisation géographique");
  }
  for (const [id, e] of elements) {
    const required = Object.hasOwn(curation.requiredIds, id);
    if (!required && !matchesRules(e, curation)) continue;
    if (isEcoinvent(e)) stats.excludedEcoinvent! += 1;
    else if (!required && e.element.status === "Archivé") stats.excludedArchived! += 1;
    else if (!ademeUnit(e.element)) stats.excludedNoUnit! += 1;
    else if (!mapAdemeRegion(e.element.location, e.element.subLocation)) stats.excludedNoRegion! += 1;
    else {
      selected.push(e);
      stats[required ? "required" : "byRule"]! += 1;
    }
  }
  return { selected, stats };
}
