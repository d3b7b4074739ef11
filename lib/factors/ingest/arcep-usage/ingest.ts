import { readFileSync } from "node:fs";
import path from "node:path";
import Engine from "publicodes";
import { z } from "zod";
import type { TFactorRecord, TFactorRelease } from "@/lib/factors/record";
import { ZFactorStage, ZFactorUnit } from "@/lib/factors/record";
import { numberToDecimal, shiftDecimal, sumDecimals } from "@/lib/numbers/decimal";
import { compareNatural } from "@/lib/calc/natural-sort";
import { IngestError } from "../ingest-error";
import { packageRoot, packageVersion, sha256 } from "../package-file";
import curationRaw from "./situations.json";

// Digital work habits (video calls, e-mails, cloud storage) from the publicodes-acv-numerique model: each
// factor is the model evaluated under a recorded situation, split into its parts (device manufacturing,
// device electricity, network, data centre) as stages.

const ZSituation = z.record(z.string(), z.union([z.string(), z.number()]));
const ZLabel = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const ZFactor = z.object({
  sourceId: z.string().regex(/^[a-z0-9-]+$/),
  unit: ZFactorUnit,
  unitLabel: z.string().min(1),
  nameFr: z.string().min(1),
  nameEn: z.string().min(1),
  totalRule: z.string().nullable(), // the model's total, checked against the sum of the parts
  situation: ZSituation,
  baseline: ZSituation.optional(), // parts evaluated here are subtracted (isolates one term of a rule)
  parts: z.partialRecord(ZFactorStage, z.array(z.string()).min(1)),
});
export const ARCEP_USAGE_CURATION = z
  .object({
    $comment: z.string(),
    packagePublishedOn: z.record(z.string(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    stageLabels: z.partialRecord(ZFactorStage, ZLabel),
    factors: z.array(ZFactor).min(1),
  })
  .parse(curationRaw);
export type TArcepUsageFactor = z.infer<typeof ZFactor>;

const MODEL_FILE = "publicodes-acv-numerique.model.json";
const PACKAGE = "@incubateur-ademe/publicodes-acv-numerique";
const SIGNIFICANT_DIGITS = 6;

export type ArcepUsageInput = {
  packageVersion: string;
  publishedOn: string;
  model: Record<string, unknown>;
  rawFile: { name: string; sha256: string };
};

export function arcepUsageInput(): ArcepUsageInput {
  const root = packageRoot(PACKAGE);
  const version = packageVersion(root);
  const bytes = readFileSync(path.join(root, MODEL_FILE));
  const publishedOn = ARCEP_USAGE_CURATION.packagePublishedOn[version];
  if (!publishedOn)
    throw new IngestError(
      MODEL_FILE,
      `no publication date recorded for ${PACKAGE} ${version} in lib/factors/ingest/arcep-usage/situations.json`,
    );
  return {
    packageVersion: version,
    publishedOn,
    model: JSON.parse(bytes.toString("utf8")) as Record<string, unknown>,
    rawFile: { name: `${PACKAGE}@${version}/${MODEL_FILE}`, sha256: sha256(bytes) },
  };
}

type Evaluate = (rule: string) => number;

function evaluator(engine: Engine, input: ArcepUsageInput, situation: Record<string, string | number>): Evaluate {
  engine.setSituation(situation);
  return (rule) => {
    const value = engine.evaluate(rule).nodeValue;
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new IngestError(input.rawFile.name, `rule "${rule}" gives no number`, null, rule);
    return value;
  };
}

/** gCO2e of every part, minus the baseline's, before rounding. */
export function evaluateParts(engine: Engine, input: ArcepUsageInput, f: TArcepUsageFactor) {
  const sumOf = (evaluate: Evaluate, rules: string[]) => rules.reduce((s, r) => s + evaluate(r), 0);
  const base = f.baseline ? evaluator(engine, input, f.baseline) : null;
  const baseValues = Object.entries(f.parts).map(([, rules]) => (base ? sumOf(base, rules!) : 0));
  const evaluate = evaluator(engine, input, f.situation);
  const parts = Object.entries(f.parts).map(([stage, rules], i) => ({
    stage: ZFactorStage.parse(stage),
    grams: sumOf(evaluate, rules!) - (baseValues[i] as number),
  }));
  if (f.totalRule !== null) {
    const total = evaluate(f.totalRule);
    const sum = parts.reduce((s, p) => s + p.grams, 0);
    if (Math.abs(total - sum) > 1e-9 * Math.max(1, Math.abs(total)))
      throw new IngestError(
        input.rawFile.name,
        `${f.sourceId}: the parts add up to ${sum}, "${f.totalRule}" is ${total}`,
      );
  }
  return parts;
}

const kg = (grams: number) => shiftDecimal(numberToDecimal(Number(grams.toPrecision(SIGNIFICANT_DIGITS))), -3);

export function ingestArcepUsage(version: string, input: ArcepUsageInput = arcepUsageInput()): TFactorRecord[] {
  const engine = new Engine(input.model as ConstructorParameters<typeof Engine>[0], {
    logger: { log() {}, warn() {}, error() {} }, // the model's own warnings are not ours to print
  });
  const labels = ARCEP_USAGE_CURATION.stageLabels;
  return ARCEP_USAGE_CURATION.factors
    .map((f): TFactorRecord => {
      const stages = evaluateParts(engine, input, f).map((p) => ({
        stage: p.stage,
        labelFr: labels[p.stage]?.fr ?? p.stage,
        labelEn: labels[p.stage]?.en ?? p.stage,
        value: kg(p.grams),
      }));
      return {
        id: `ademe-arcep-usage:${f.sourceId}@${version}`,
        source: "ademe-arcep-usage",
        sourceId: f.sourceId,
        version,
        nameFr: f.nameFr,
        nameEn: f.nameEn,
        categoryPath: ["Numérique", "Usages"],
        unit: f.unit,
        unitLabel: f.unitLabel,
        value: sumDecimals(stages.map((s) => s.value)),
        gases: null,
        stages,
        uncertaintyPct: null, // none published: unknown, not zero
        region: "FR",
        regionLabel: "France (ADEME-Arcep study scope)",
        referenceYear: null,
        validity: `publicodes-acv-numerique ${input.packageVersion} evaluated with: ${JSON.stringify(f.situation)}${f.baseline ? ` minus ${JSON.stringify(f.baseline)}` : ""}`,
        status: "valid",
        reviewNote: null,
        gwpSet: "unknown",
        contributor: "ADEME, Arcep (NegaOctet)",
        sourceText: `${f.totalRule ?? "parts"}: ${Object.values(f.parts)
          .map((rules) => rules!.join(" + "))
          .join(" | ")}`,
        tags: ["digital-usage"],
      };
    })
    .sort((a, b) => compareNatural(a.sourceId, b.sourceId));
}

/** What release.json records about the evaluation: the engine, every factor's situation and parts. */
export function arcepUsageEvaluation(): NonNullable<TFactorRelease["evaluation"]> {
  return {
    engine: `publicodes ${packageVersion(packageRoot("publicodes"))}`,
    situations: Object.fromEntries(
      ARCEP_USAGE_CURATION.factors.map((f) => [
        f.sourceId,
        {
          situation: f.situation,
          ...(f.baseline ? { baseline: f.baseline } : {}),
          parts: f.parts as Record<string, string[]>,
          totalRule: f.totalRule,
        },
      ]),
    ),
    rounding: `each part in gCO2e rounded to ${SIGNIFICANT_DIGITS} significant digits, then stored in kgCO2e; the value is the sum of the rounded parts`,
  };
}
