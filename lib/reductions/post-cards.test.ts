import { describe, expect, it } from "vitest";
import { postCards } from "@/lib/reductions/post-cards";

const periods = [
  { id: "p23", year: 2023 },
  { id: "p24", year: 2024 },
];
const byPeriod = new Map<string, Record<string, number>>([
  ["p23", { scope2: 50_000, "3.6": 250_000, "3.5": 4_000 }],
  ["p24", { scope2: 40_000, "3.6": 200_000, "3.1": 60_000 }],
]);
const action = (id: string, posts: string[], type: "REDUCTION" | "AVOIDED" = "REDUCTION") => ({
  id,
  title: id,
  status: "PLANNED",
  expectedKg: 1000,
  type,
  posts,
});

describe("one card per emission post", () => {
  it("ranks posts by the latest period, with share, change from the period before, series and actions", () => {
    const cards = postCards(periods, byPeriod, [
      action("train", ["3.6"]),
      action("sobriety", ["scope1", "scope2"]),
      action("client-offer", ["3.6"], "AVOIDED"),
    ]);
    expect(cards.map((c) => c.post)).toEqual(["3.6", "3.1", "scope2", "3.5"]);
    const travel = cards[0]!;
    expect(travel.latestKg).toBe(200_000);
    expect(travel.previousKg).toBe(250_000);
    expect(travel.changePct).toBeCloseTo(-20, 10); // 250 → 200 t
    expect(travel.shareOfTotal).toBeCloseTo(200 / 300, 10); // of 300 t in 2024
    expect(travel.series).toEqual([
      { year: 2023, kg: 250_000 },
      { year: 2024, kg: 200_000 },
    ]);
    expect(travel.actions.map((a) => a.id)).toEqual(["train"]); // the avoided offer is never on a post
    // A new post has no change; a post gone to zero stays, with its history; a post without action has none.
    expect(cards[1]).toMatchObject({ post: "3.1", previousKg: 0, changePct: null, actions: [] });
    expect(cards[3]).toMatchObject({ post: "3.5", latestKg: 0, changePct: -100 });
    expect(cards[2]!.actions.map((a) => a.id)).toEqual(["sobriety"]);
  });

  it("a single period has no change; no period gives no card", () => {
    const [only] = postCards([periods[1]!], byPeriod, []);
    expect(only).toMatchObject({ post: "3.6", previousKg: null, changePct: null });
    expect(postCards([], byPeriod, [])).toEqual([]);
  });
});
