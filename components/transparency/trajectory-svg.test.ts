import { describe, expect, it } from "vitest";
import { niceCeil } from "@/components/transparency/trajectory-svg";

describe("niceCeil", () => {
  it("rounds the axis top up to the next round figure", () => {
    expect([359.8, 38.7, 21, 250, 0.8, 1000, 0].map(niceCeil)).toEqual([400, 40, 25, 250, 0.8, 1000, 1]);
  });
});
