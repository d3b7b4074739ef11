// Security headers sent with every response (set by proxy.ts). Pure, so they are unit-tested.

/** A fresh nonce per request: 16 random bytes, base64 (Next applies it to its own inline scripts). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy. Scripts: only those carrying this request's nonce, and what they load
 * ('strict-dynamic'); `next dev` also needs eval for React refresh. Styles: Tailwind's stylesheet file plus
 * inline style attributes (progress bars), which nonces cannot cover; styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Features the app never uses, refused for the page and anything it embeds.
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
  "browsing-topics",
];

/** Headers every response carries (pages, server actions, route handlers, static files). */
export function securityHeaders(options: { nonce: string; development: boolean; https: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy(options.nonce, options.development)],
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ")],
  ];
  // Over plain HTTP the header is ignored by browsers and would pin nothing; only send it over HTTPS.
  if (options.https) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}

/** Whether the browser reached us over HTTPS: directly, or as told by a trusted proxy. */
export function servedOverHttps(protocol: string, trustedForwardedProto: string | null): boolean {
  if (trustedForwardedProto) return trustedForwardedProto.toLowerCase() === "https";
  return protocol === "https:";
}
