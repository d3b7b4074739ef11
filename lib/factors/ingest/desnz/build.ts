import type { TFactorRecord } from "@/lib/factors/record";
import { iso2FromEnglishName } from "../countries";
import { IngestError } from "../ingest-error";
import { DESNZ_CONFIG } from "./config";
import type { DesnzGroup } from "./rows";

// One DESNZ factor (its `_1` total plus gas parts) → one factor record.

function region(
  file: string,
  g: DesnzGroup,
  level1: string,
  level3: string | null,
  row: number,
): { region: string; label: string } {
  if (level1 === "Hotel stay") {
    const code = iso2FromEnglishName(level3);
    if (!code)
      throw new IngestError(
        file,
        `no country code for hotel country "${level3}" (add it to countries.json)`,
        row,
        "Level 3",
      );
    return { region: code, label: level3! };
  }
  // Flights between two non-UK airports are DESNZ's international average, not UK-specific.
  if (/non-UK/i.test(level3 ?? "")) return { region: "WORLD", label: level3! };
  return { region: "GB", label: "United Kingdom" };
}

function tags(scope: string, levels: (string | null)[], columnText: string | null): string[] {
  const l1 = levels[0] ?? "";
  const l2 = levels[1] ?? "";
  const t = new Set<string>([`scope-${scope.replace(/^Scope\s*/i, "")}`]);
  if (/^WTT-/.test(l1)) t.add("wtt");
  if (l1 === "Transmission and distribution" || /T&D/.test(l2 ?? "")) t.add("td");
  if (/UK electricity/.test(l1) || /UK electricity/.test(l2)) t.add("electricity");
  if (l1 === "Hotel stay") t.add("hotel");
  if (l2 === "Taxis") t.add("taxi");
  if (l1 === "Refrigerant & other") t.add("refrigerant");
  if (/air/.test(l1)) t.add("flight");
  if (columnText === "With RF") t.add("with-rf");
  if (columnText === "Without RF") t.add("without-rf");
  return [...t].sort();
}

/** The record for a group, or null when DESNZ publishes no value or the unit is not shipped. */
export function toDesnzRecord(file: string, g: DesnzGroup, version: string): TFactorRecord | null {
  const total = g.rows.get(1);
  if (!total)
    throw new IngestError(
      file,
      `factor ${g.baseId} has no _1 (kg CO2e) row`,
      [...g.rows.values()][0]?.row ?? null,
      "ID",
    );
  const unit = DESNZ_CONFIG.units[total.uom];
  if (total.value == null || !unit) return null;
  const [l1, l2, l3, l4] = total.levels;
  const name =
    [l2, l3, l4, total.columnText].filter((p, i, all): p is string => !!p && p !== all[i - 1]).join(" - ") || l1;
  const parts = [2, 3, 4].map((n) => g.rows.get(n)?.value ?? null);
  const { region: code, label } = region(file, g, l1, l3, total.row);
  return {
    id: `desnz:${g.baseId}@${version}`,
    source: "desnz",
    sourceId: g.baseId,
    version,
    nameFr: name, // DESNZ publishes in English only; the schema needs a display name here too
    nameEn: name,
    categoryPath: [l1, l2].filter((p): p is string => !!p),
    unit,
    unitLabel: `kg CO2e/${total.uom}`,
    value: total.value,
    gases: parts.every((p) => p == null)
      ? null
      : { co2f: parts[0]!, ch4f: parts[1]!, ch4b: null, n2o: parts[2]!, other: null, co2b: null },
    stages: [],
    uncertaintyPct: null, // DESNZ publishes no uncertainty: unknown, not zero
    region: code,
    regionLabel: label,
    referenceYear: /^\d{4}$/.test(version) ? Number(version) : null,
    validity: `GHG Conversion Factors ${version} (${total.scope})`,
    status: "valid",
    reviewNote: null,
    gwpSet: "AR5", // DESNZ 2025 uses IPCC AR5 100-year GWPs (e.g. R410A = 1924 in this file)
    contributor: "DESNZ",
    sourceText: `UK Government GHG Conversion Factors for Company Reporting ${version}, flat file, ID ${total.id}`,
    tags: tags(total.scope, total.levels, total.columnText),
  };
}
