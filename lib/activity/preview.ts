// The form's live preview: what saving would compute (previewActivity) plus what the panel says about the
// factors (factorDetails). Nothing is written.
import type { Db } from "@/lib/db/client";
import { factorDetails, type TFactorDetails } from "@/lib/activity/factor-details";
import { previewActivity } from "@/lib/activity/queries";
import type { TActivityCreate } from "@/lib/activity/schemas";

export type TPreviewLine = {
  scope: number;
  ghgCategory: number | null;
  begesPoste: string;
  stage: string | null;
  kgCO2e: string;
  marketKgCO2e: string | null; // scope 2 market-based (a contract, the residual mix or the location figure)
  marketBasis: string | null;
  factorId: string;
  resolutionRule: string;
};

export type TPreviewExcluded = { stage: string; reason: string; kgCO2e: string };

export type TPreviewResult =
  | {
      ok: true;
      kgCO2e: string;
      lines: TPreviewLine[];
      excluded: TPreviewExcluded[]; // stages of the factor the type does not book, with why
      factor: TFactorDetails | null;
      rule: string | null;
    }
  | { ok: false; fieldErrors: Record<string, string> };

export async function previewWithFactors(
  db: Db,
  organizationId: string,
  input: TActivityCreate,
): Promise<TPreviewResult> {
  const preview = await previewActivity(db, organizationId, input);
  if (!preview.ok) {
    const fieldErrors: Record<string, string> = {};
    for (const e of preview.errors) fieldErrors[e.field] ??= e.message;
    return { ok: false, fieldErrors };
  }
  const main = preview.lines[0];
  const details = main ? await factorDetails(db, organizationId, [main.factorId]) : new Map<string, TFactorDetails>();
  return {
    ok: true,
    kgCO2e: preview.kgCO2e,
    lines: preview.lines.map((l) => ({
      scope: l.scope,
      ghgCategory: l.ghgCategory,
      begesPoste: l.begesPoste,
      stage: l.stage,
      kgCO2e: l.kgCO2e,
      marketKgCO2e: l.marketKgCO2e,
      marketBasis: l.marketBasis,
      factorId: l.factorId,
      resolutionRule: l.resolutionRule,
    })),
    excluded: preview.excluded,
    factor: main ? (details.get(main.factorId) ?? null) : null,
    rule: main?.resolutionRule ?? null,
  };
}
