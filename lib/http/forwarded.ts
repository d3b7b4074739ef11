// X-Forwarded-* headers are written by the client unless our own proxies overwrite them. With
// TRUST_PROXY = n (reverse proxies in front of the app), the value the nearest trusted proxy saw is the
// n-th entry from the right; with no trusted proxy the header is ignored (null).
export function trustedForwardedValue(header: string | null, trustedProxies: number): string | null {
  if (trustedProxies <= 0 || !header) return null;
  const hops = header
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? null;
}
