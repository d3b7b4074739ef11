import { describe, expect, it } from "vitest";
import type { TClientFigures } from "@/lib/portfolio/figures";
import { changeOf } from "@/lib/portfolio/figures";
import { sortPortfolio, ZPortfolioSort } from "@/lib/portfolio/sort";

const figures = (id: string, kg: string | null, ratio: string | null, done: number, open: number): TClientFigures => ({
  id,
  readable: true,
  latest: kg === null ? null : { periodId: `p-${id}`, label: "2025", year: 2025, kg },
  baseYear: 2023,
  change: ratio === null ? null : { kg: "0", ratio },
  completeness: { periodLabel: "2026", categories: 10, done },
  requests: { open, overdue: 0 },
});

const rows = [
  { name: "Brasserie", figures: figures("b", "125000.5", "-0.12", 7, 0) },
  { name: "Atelier", figures: figures("a", "9800", "0.3", 2, 4) },
  { name: "Cabinet", figures: figures("c", null, null, 0, 1) },
  { name: "Dépôt", figures: { ...figures("d", "1", null, 0, 9), readable: false } },
];
const names = (order: Parameters<typeof sortPortfolio>[1]) => sortPortfolio(rows, order).map((r) => r.name);

describe("sortPortfolio", () => {
  it("sorts by total, largest first, clients without a total last", () => {
    expect(names({ sort: "total", dir: "desc" })).toEqual(["Brasserie", "Atelier", "Cabinet", "Dépôt"]);
    expect(names({ sort: "total", dir: "asc" })).toEqual(["Atelier", "Brasserie", "Cabinet", "Dépôt"]);
  });
  it("sorts by change against the base year as a ratio (a fall before a rise ascending)", () => {
    expect(names({ sort: "change", dir: "asc" })).toEqual(["Brasserie", "Atelier", "Cabinet", "Dépôt"]);
  });
  it("sorts by completeness share and by open requests; unreadable clients never rank on figures", () => {
    expect(names({ sort: "completeness", dir: "desc" })).toEqual(["Brasserie", "Atelier", "Cabinet", "Dépôt"]);
    expect(names({ sort: "requests", dir: "desc" })).toEqual(["Atelier", "Cabinet", "Brasserie", "Dépôt"]);
  });
  it("reads the order from the address, falling back to names A to Z", () => {
    expect(ZPortfolioSort.parse({ sort: "drop table", dir: "sideways" })).toEqual({ sort: "name", dir: "asc" });
    expect(names(ZPortfolioSort.parse({}))).toEqual(["Atelier", "Brasserie", "Cabinet", "Dépôt"]);
  });
});

describe("changeOf", () => {
  it("subtracts exactly and gives the ratio to the base year", () => {
    expect(changeOf("1100.000001", "1000.000000")).toEqual({ kg: "100.000001", ratio: "0.100000" });
    expect(changeOf("0.3", "0.1")).toEqual({ kg: "0.200000", ratio: "2.000000" });
    expect(changeOf("5", "0")).toEqual({ kg: "5.000000", ratio: null });
  });
});
