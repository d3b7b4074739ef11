import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { TFactorRecord } from "@/lib/factors/record";
import { numberToDecimal, shiftDecimal, sumDecimals } from "@/lib/numbers/decimal";
import { IngestError } from "../ingest-error";
import { compareNatural } from "@/lib/calc/natural-sort";
import { packageRoot, packageVersion, sha256 } from "../package-file";
import curationRaw from "./curation.json";

// ADEME-Arcep 2022 values from the publicodes-acv-numerique model (gCO2e) → kgCO2e records.

const ZItem = z.object({
  sourceId: z.string().regex(/^[a-z0-9-]+$/),
  rule: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
});
const CURATION = z
  .object({
    $comment: z.string(),
    packagePublishedOn: z.record(z.string(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    devices: z.array(ZItem),
    networks: z.array(ZItem.extend({ region: z.enum(["FR", "EU"]) })),
  })
  .parse(curationRaw);
const MODEL_FILE = "publicodes-acv-numerique.model.json";
const PACKAGE = "@incubateur-ademe/publicodes-acv-numerique";

type Rule = { unité?: string; valeur?: unknown; description?: string } | null;
export type ArcepInput = {
  packageVersion: string;
  publishedOn: string;
  rules: Record<string, Rule>;
  rawFile: { name: string; sha256: string };
};

export function arcepInput(): ArcepInput {
  const root = packageRoot(PACKAGE);
  const version = packageVersion(root);
  const bytes = readFileSync(path.join(root, MODEL_FILE));
  const publishedOn = CURATION.packagePublishedOn[version];
  if (!publishedOn)
    throw new IngestError(
      MODEL_FILE,
      `no publication date recorded for ${PACKAGE} ${version} in lib/factors/ingest/arcep/curation.json`,
    );
  return {
    packageVersion: version,
    publishedOn,
    rules: JSON.parse(bytes.toString("utf8")) as Record<string, Rule>,
    rawFile: { name: `${PACKAGE}@${version}/${MODEL_FILE}`, sha256: sha256(bytes) },
  };
}

/** A rule's plain numeric value in the expected unit, as a decimal string of that unit. */
function ruleValue(input: ArcepInput, name: string, unit: string): string {
  const rule = input.rules[name];
  if (!rule || rule.unité !== unit || typeof rule.valeur !== "number")
    throw new IngestError(input.rawFile.name, `rule "${name}" is not a plain number in ${unit}`, null, name);
  return numberToDecimal(rule.valeur);
}

export function ingestArcep(version: string, input: ArcepInput = arcepInput()): TFactorRecord[] {
  const common = {
    source: "ademe-arcep" as const,
    version,
    gases: null,
    uncertaintyPct: null, // none published: unknown, not zero
    referenceYear: null,
    validity: `ADEME-Arcep 2022 study, as packaged in ${PACKAGE} ${input.packageVersion}`,
    status: "valid" as const,
    reviewNote: null,
    gwpSet: "unknown" as const,
    contributor: "ADEME, Arcep (NegaOctet)",
  };
  const devices = CURATION.devices.map((d): TFactorRecord => {
    const parts = (["fabrication", "distribution", "fin de vie"] as const).map((p) =>
      shiftDecimal(ruleValue(input, `${d.rule} . carbone . ${p}`, "gCO2e"), -3),
    );
    const [manufacturing, distribution, endOfLife] = parts as [string, string, string];
    return {
      ...common,
      id: `ademe-arcep:${d.sourceId}@${version}`,
      sourceId: d.sourceId,
      nameFr: d.nameFr,
      nameEn: d.nameEn,
      categoryPath: ["Numérique", "Équipements"],
      unit: "unit",
      unitLabel: "kgCO2e/unité (published as gCO2e)",
      value: sumDecimals(parts),
      stages: [
        { stage: "manufacturing", labelFr: "Fabrication", labelEn: "Manufacturing", value: manufacturing },
        { stage: "other", labelFr: "Distribution", labelEn: "Distribution", value: distribution },
        { stage: "end_of_life", labelFr: "Fin de vie", labelEn: "End of life", value: endOfLife },
      ],
      region: "FR",
      regionLabel: "France (ADEME-Arcep study scope)",
      sourceText: `${d.rule}: ${(input.rules[d.rule]?.description ?? "").trim()}`,
      tags: ["it-equipment"],
    };
  });
  const networks = CURATION.networks.map((n): TFactorRecord => ({
    ...common,
    id: `ademe-arcep:${n.sourceId}@${version}`,
    sourceId: n.sourceId,
    nameFr: n.nameFr,
    nameEn: n.nameEn,
    categoryPath: ["Numérique", "Réseaux"],
    unit: "GB",
    unitLabel: "kgCO2e/Go (published as gCO2e/Go)",
    value: shiftDecimal(ruleValue(input, n.rule, "gCO2e/Go"), -3),
    stages: [],
    region: n.region,
    regionLabel: n.region === "FR" ? "France" : "Europe",
    sourceText: n.rule,
    tags: ["digital-usage", "network"],
  }));
  return [...devices, ...networks].sort((a, b) => compareNatural(a.sourceId, b.sourceId));
}
