// Deterministic "natural" order for publisher ids: digit runs compare as numbers ("9" < "10",
// "1_100_1000_15" < "1_100_1000_6" is false), everything else by UTF-16 code unit. No locale involved,
// so the order is the same on every machine.
export function compareNatural(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny ? -1 : 1;
      return x.length - y.length; // "007" after "7"
    }
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}
