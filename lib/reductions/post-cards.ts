// The action plan's "one card per emission post" view: every post with emissions in the periods that hold
// data (the reporting layer's kg by post, validated, location-based), largest first in the latest period,
// with its share of that period's total, its change from the period before, its series for a trend, and
// the actions linked to it. A post with emissions and no action says so: that is where a plan has a gap.

export type TPostCardAction = { id: string; title: string; status: string; expectedKg: number | null };
export type TPostCard = {
  post: string;
  latestKg: number;
  previousKg: number | null;
  changePct: number | null; // (latest − previous) / previous × 100
  shareOfTotal: number | null; // of the latest period's total, 0–1
  series: { year: number; kg: number }[];
  actions: TPostCardAction[];
};

type TPeriod = { id: string; year: number };
type TAction = TPostCardAction & { type: "REDUCTION" | "AVOIDED"; posts: readonly string[] };

export function postCards(
  periods: readonly TPeriod[], // with data, oldest first
  byPeriod: ReadonlyMap<string, Readonly<Record<string, number>>>,
  actions: readonly TAction[],
): TPostCard[] {
  const latest = periods.at(-1);
  if (!latest) return [];
  const previous = periods.at(-2) ?? null;
  const kgIn = (period: TPeriod | null, post: string) => (period ? (byPeriod.get(period.id)?.[post] ?? 0) : 0);
  const latestByPost = byPeriod.get(latest.id) ?? {};
  const total = Object.values(latestByPost).reduce((sum, kg) => sum + kg, 0);
  const posts = new Set(periods.flatMap((p) => Object.keys(byPeriod.get(p.id) ?? {})));
  const cards = [...posts].map((post): TPostCard => {
    const latestKg = kgIn(latest, post);
    const previousKg = previous ? kgIn(previous, post) : null;
    return {
      post,
      latestKg,
      previousKg,
      changePct: previousKg ? ((latestKg - previousKg) / previousKg) * 100 : null,
      shareOfTotal: total !== 0 ? latestKg / total : null,
      series: periods.map((p) => ({ year: p.year, kg: kgIn(p, post) })),
      // Avoided emissions are outside the inventory: never on a post's card.
      actions: actions
        .filter((a) => a.type === "REDUCTION" && a.posts.includes(post))
        .map(({ id, title, status, expectedKg }) => ({ id, title, status, expectedKg })),
    };
  });
  return cards.filter((c) => c.series.some((s) => s.kg !== 0)).sort((a, b) => b.latestKg - a.latestKg);
}
