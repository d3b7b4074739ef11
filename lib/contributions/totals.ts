// Climate contributions, summed apart from the inventory (pure): tonnes and euros by kind (avoidance,
// removal), and the contribution budget a residual footprint comes to at an internal carbon price. None of
// this is ever subtracted from gross emissions (ESRS E1-7).

export type TContribution = { kind: "AVOIDANCE" | "REMOVAL"; tonnes: number; pricePerTonneEur: number };

const cents = (n: number) => Math.round(n * 100) / 100;
const grams = (n: number) => Math.round(n * 1000) / 1000;

/** A project's total in euros: tonnes × price per tonne, to the cent. */
export const totalEur = (c: Pick<TContribution, "tonnes" | "pricePerTonneEur">) => cents(c.tonnes * c.pricePerTonneEur);

export function contributionTotals(contributions: TContribution[]) {
  const of = (kind: TContribution["kind"]) => {
    const rows = contributions.filter((c) => c.kind === kind);
    return {
      tonnes: grams(rows.reduce((s, c) => s + c.tonnes, 0)),
      eur: cents(rows.reduce((s, c) => s + totalEur(c), 0)),
    };
  };
  const avoidance = of("AVOIDANCE");
  const removal = of("REMOVAL");
  return {
    avoidance,
    removal,
    all: { tonnes: grams(avoidance.tonnes + removal.tonnes), eur: cents(avoidance.eur + removal.eur) },
  };
}

/**
 * The budget to contribute for a residual footprint (t) at an internal carbon price (€/t). Null when either
 * is missing or negative: no budget is better than a wrong one.
 */
export function contributionBudget(residualTonnes: number | null, pricePerTonneEur: number | null): number | null {
  if (residualTonnes === null || pricePerTonneEur === null || residualTonnes < 0 || pricePerTonneEur < 0) return null;
  return cents(residualTonnes * pricePerTonneEur);
}
