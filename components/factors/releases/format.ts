import { compareDecimals } from "@/lib/numbers/decimal";

// Release-preview helpers that are not formatting (figures are formatted by lib/numbers/format).

/** The relative change, or null when there was nothing before (a change from zero has no percentage). */
export function relativeChange(before: string | number, after: string | number): number | null {
  const b = Number(before);
  const a = Number(after);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return (a - b) / Math.abs(b);
}

/** Tone of a change for the eye: more emissions in amber, fewer in green. */
export function changeTone(before: string | number, after: string | number): "up" | "down" | "same" {
  const d = compareDecimals(after, before);
  return d > 0 ? "up" : d < 0 ? "down" : "same";
}

/** "ademe@23.7" → { source: "ademe", version: "23.7" }; anything else → null. Not validated further here. */
export function parseReleaseRef(param: string | string[] | undefined): { source: string; version: string } | null {
  if (typeof param !== "string") return null;
  const at = param.indexOf("@");
  if (at <= 0 || at === param.length - 1) return null;
  return { source: param.slice(0, at), version: param.slice(at + 1) };
}

export const releaseRef = (release: { source: string; version: string }) => `${release.source}@${release.version}`;
