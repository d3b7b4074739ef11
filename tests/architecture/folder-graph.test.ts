import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderCycles, libFolderGraph } from "./folder-graph";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("lib/ folder dependencies", () => {
  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(folderCycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("has no cycle between folders", () => {
    const cycles = folderCycles(libFolderGraph(ROOT)).map((cycle) => cycle.join(" → "));
    expect(cycles).toEqual([]);
  });

  it("keeps lib/calc free of the rest of lib/", () => {
    expect([...(libFolderGraph(ROOT).get("calc") ?? [])]).toEqual([]);
  });
});
