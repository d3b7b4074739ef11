import { z } from "zod";
import type { TClientFigures } from "@/lib/portfolio/figures";

// The portfolio's order, read from the address (?sort=total&dir=desc): bad values fall back to names A→Z.
// Clients without the figure sorted on always go last, whichever the direction.

export const PORTFOLIO_SORTS = ["name", "total", "change", "completeness", "requests"] as const;
export type TPortfolioSort = (typeof PORTFOLIO_SORTS)[number];

export const ZPortfolioSort = z.object({
  sort: z.enum(PORTFOLIO_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type TPortfolioOrder = z.output<typeof ZPortfolioSort>;

type TRow = { name: string; figures: TClientFigures | undefined };

function valueOf(row: TRow, sort: Exclude<TPortfolioSort, "name">): number | null {
  const f = row.figures;
  if (!f?.readable) return null;
  switch (sort) {
    case "total":
      return f.latest ? Number(f.latest.kg) : null;
    case "change":
      return f.change?.ratio == null ? null : Number(f.change.ratio);
    case "completeness":
      return f.completeness && f.completeness.categories > 0 ? f.completeness.done / f.completeness.categories : null;
    case "requests":
      return f.requests.open;
  }
}

export function sortPortfolio<T extends TRow>(rows: readonly T[], { sort, dir }: TPortfolioOrder): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "fr");
  if (sort === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort);
    const vb = valueOf(b, sort);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return va === vb ? byName(a, b) : sign * (va - vb);
  });
}
