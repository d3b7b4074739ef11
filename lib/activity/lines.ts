import { createHash } from "node:crypto";
import type { TEmissionLineDraft, TGhgScope, TResolution } from "@/lib/calc";
import { variantKeyOf } from "@/lib/activity/variant-key";
import { microToDecimal, toMicro } from "@/lib/numbers/decimal";

// Engine drafts → what is stored. kgCO2e columns are numeric(20, 6): each line is rounded to the gram's
// thousandth, and the rounding remainder goes to the largest line, so the stored lines of an activity add
// up exactly to its rounded engine total (and to ActivityData.kgCO2e).

const round6 = (x: number | null): string | null => (x === null ? null : microToDecimal(toMicro(x)));
const round4 = (x: number) => String(Math.round(x * 10_000) / 10_000);
// Unconstrained numeric columns: the shortest decimal that reads back as the same double.
const exact = (x: number) => String(x);

export interface TRoundedLine {
  readonly position: number;
  readonly scope: TGhgScope;
  readonly ghgCategory: number | null;
  readonly begesPoste: string;
  readonly stage: string | null;
  readonly kgMicro: bigint;
  readonly kgCO2e: string;
  readonly marketKgCO2e: string | null;
  readonly marketBasis: string | null;
  readonly co2f: string | null;
  readonly ch4f: string | null;
  readonly ch4b: string | null;
  readonly n2o: string | null;
  readonly otherGases: string | null;
  readonly co2b: string | null;
  readonly quantity: string;
  readonly factorUnit: string;
  readonly factorId: string;
  readonly factorValue: string;
  readonly stageShare: string;
  readonly resolutionRule: string;
  readonly gwpSet: string;
  readonly uncertaintyPct: string | null;
  readonly factorUncertaintyKnown: boolean;
  readonly contrailsIncluded: boolean | null;
  readonly flags: string[];
  readonly variantKey: string | null; // year-over-year group (lib/activity/variant-key.ts); null = not known
}

export interface TRoundedLines {
  readonly lines: TRoundedLine[];
  readonly totalMicro: bigint;
  readonly kgCO2e: string; // = Σ lines, exactly
  readonly digest: string; // of everything a line says except ids and dates: equal digests = same lines
}

/**
 * @param quantityUncertaintyStated whether the activity states its own uncertainty: a line whose factor
 *   uncertainty is unknown and whose quantity has none stores null (unknown), not 0.
 * @param resolution the engine's resolution, for the lines' variant key (year-over-year groups).
 */
export function roundLines(
  drafts: readonly TEmissionLineDraft[],
  quantityUncertaintyStated: boolean,
  resolution: Pick<TResolution, "variant" | "legKmBand"> | null = null,
): TRoundedLines {
  let total = 0;
  for (const d of drafts) total += d.kgCO2e;
  const totalMicro = toMicro(total);
  const micros = drafts.map((d) => toMicro(d.kgCO2e));
  let assigned = 0n;
  let largest = -1;
  for (let i = 0; i < micros.length; i++) {
    assigned += micros[i] as bigint;
    if (largest < 0 || Math.abs(drafts[i]!.kgCO2e) > Math.abs(drafts[largest]!.kgCO2e)) largest = i;
  }
  if (largest >= 0) micros[largest] = (micros[largest] as bigint) + (totalMicro - assigned);

  const lines = drafts.map((d, i): TRoundedLine => {
    const kgMicro = micros[i] as bigint;
    return {
      position: i,
      scope: d.scope,
      ghgCategory: d.ghgCategory,
      begesPoste: d.begesPoste,
      stage: d.stage,
      kgMicro,
      kgCO2e: microToDecimal(kgMicro),
      marketKgCO2e: round6(d.marketKgCO2e),
      marketBasis: d.marketBasis,
      co2f: round6(d.co2f),
      ch4f: round6(d.ch4f),
      ch4b: round6(d.ch4b),
      n2o: round6(d.n2o),
      otherGases: round6(d.otherGases),
      co2b: round6(d.co2b),
      quantity: exact(d.quantity),
      factorUnit: d.factorUnit,
      factorId: d.factorId,
      factorValue: exact(d.factorValue),
      stageShare: exact(d.stageShare),
      resolutionRule: d.resolutionRule,
      gwpSet: d.gwpSet,
      uncertaintyPct: !d.factorUncertaintyKnown && !quantityUncertaintyStated ? null : round4(d.uncertaintyPct),
      factorUncertaintyKnown: d.factorUncertaintyKnown,
      contrailsIncluded: d.contrailsIncluded,
      flags: [...d.flags],
      variantKey: resolution === null ? null : variantKeyOf(resolution, d.factorUnit),
    };
  });
  return { lines, totalMicro, kgCO2e: microToDecimal(totalMicro), digest: digestOf(lines) };
}

export function digestOf(lines: readonly TRoundedLine[]): string {
  const hash = createHash("sha256");
  for (const l of lines) {
    hash.update(
      [
        l.scope,
        l.ghgCategory,
        l.begesPoste,
        l.stage,
        l.kgCO2e,
        l.marketKgCO2e,
        l.marketBasis,
        l.co2f,
        l.ch4f,
        l.ch4b,
        l.n2o,
        l.otherGases,
        l.co2b,
        l.quantity,
        l.factorUnit,
        l.factorId,
        l.factorValue,
        l.stageShare,
        l.resolutionRule,
        l.gwpSet,
        l.uncertaintyPct,
        l.factorUncertaintyKnown,
        l.contrailsIncluded,
        l.flags.join(","),
      ].join("|") + "\n",
    );
  }
  return hash.digest("base64url");
}

export type TLineOwner = {
  organizationId: string;
  activityId: string;
  periodId: string;
  siteId: string | null;
  productId: string | null;
  activityTypeId: string;
};

export type TLineRow = TLineOwner & Omit<TRoundedLine, "kgMicro"> & { computedAt: Date };

/**
 * Rows for EmissionLine.createMany. Written field by field: spreading the owner and a rest copy of the
 * line made slow dictionary objects, which dominated the time of a large import.
 */
export function lineRows(rounded: TRoundedLines, owner: TLineOwner, computedAt: Date): TLineRow[] {
  return rounded.lines.map((l): TLineRow => ({
    organizationId: owner.organizationId,
    activityId: owner.activityId,
    periodId: owner.periodId,
    siteId: owner.siteId,
    productId: owner.productId,
    activityTypeId: owner.activityTypeId,
    position: l.position,
    scope: l.scope,
    ghgCategory: l.ghgCategory,
    begesPoste: l.begesPoste,
    stage: l.stage,
    kgCO2e: l.kgCO2e,
    marketKgCO2e: l.marketKgCO2e,
    marketBasis: l.marketBasis,
    co2f: l.co2f,
    ch4f: l.ch4f,
    ch4b: l.ch4b,
    n2o: l.n2o,
    otherGases: l.otherGases,
    co2b: l.co2b,
    quantity: l.quantity,
    factorUnit: l.factorUnit,
    factorId: l.factorId,
    factorValue: l.factorValue,
    stageShare: l.stageShare,
    resolutionRule: l.resolutionRule,
    gwpSet: l.gwpSet,
    uncertaintyPct: l.uncertaintyPct,
    factorUncertaintyKnown: l.factorUncertaintyKnown,
    contrailsIncluded: l.contrailsIncluded,
    flags: l.flags,
    variantKey: l.variantKey,
    computedAt,
  }));
}
