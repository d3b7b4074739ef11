// Where to go after signing in: only a path on this site. Browsers treat "\" like "/" and drop tabs and
// newlines, so "/\evil.example" or "/\t/evil.example" would leave the site: anything but a plain path is refused.
export function safeRedirectPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return "/";
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\\\s\u0000-\u001f\u007f]/.test(next)) return "/";
  const base = "http://albedo.invalid";
  const url = new URL(next, base);
  return url.origin === base ? url.pathname + url.search : "/";
}
