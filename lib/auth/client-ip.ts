// X-Forwarded-For is written by the client unless our own proxies overwrite it. With TRUST_PROXY = n
// (the number of reverse proxies in front of the app), the address the nearest trusted proxy saw is the
// n-th entry from the right; with no trusted proxy the header is ignored and only per-email throttling applies.
export function clientIpFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? null;
}
