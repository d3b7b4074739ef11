import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  it("allows only this request's nonce for scripts in production, no inline or eval", () => {
    const csp = directives(contentSecurityPolicy("abc123==", false));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });

  it("adds eval only in development (React refresh)", () => {
    expect(directives(contentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", false)).not.toContain("unsafe-eval");
  });
});

describe("newNonce", () => {
  it("is 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("securityHeaders", () => {
  const names = (https: boolean) => securityHeaders({ nonce: "n", development: false, https }).map(([name]) => name);

  it("sends HSTS only over HTTPS", () => {
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
  });

  it("denies framing, sniffing and unused browser features", () => {
    const headers = new Map(securityHeaders({ nonce: "n", development: false, https: false }));
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
    expect(headers.get("Permissions-Policy")).toContain("geolocation=()");
  });
});

describe("servedOverHttps", () => {
  it("believes a forwarded protocol only when a trusted proxy gave it", () => {
    expect(servedOverHttps("http:", "https")).toBe(true);
    expect(servedOverHttps("https:", "http")).toBe(false);
    expect(servedOverHttps("https:", null)).toBe(true);
    expect(servedOverHttps("http:", null)).toBe(false);
  });
});
