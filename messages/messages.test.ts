import { describe, expect, it } from "vitest";
import en from "./en.json";
import fr from "./fr.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Top-level ICU arguments only ({name}, {count, plural, …}); nested plural branches are not arguments.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].filter(Boolean).sort();
}

const frMessages = flatten(fr as Tree);
const enMessages = flatten(en as Tree);

describe("translations", () => {
  it("has every French message in English and vice versa", () => {
    expect([...frMessages.keys()].filter((k) => !enMessages.has(k))).toEqual([]);
    expect([...enMessages.keys()].filter((k) => !frMessages.has(k))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const mismatched = [...frMessages].filter(
      ([key, value]) => argumentsOf(value).join() !== argumentsOf(enMessages.get(key) ?? "").join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...frMessages, ...enMessages].filter(([, v]) => v.trim() === "")).toEqual([]);
  });
});
