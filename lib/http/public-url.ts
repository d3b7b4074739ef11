import { trustedForwardedValue } from "@/lib/http/forwarded";

export type TPublicUrlSource = {
  /** APP_URL, when configured: the only source in production. */
  appUrl: string | undefined;
  host: string | null;
  forwardedHost: string | null;
  forwardedProto: string | null;
  /** TRUST_PROXY: X-Forwarded-* count only when a trusted proxy wrote them. */
  trustedProxies: number;
};

/**
 * The base of the links the app hands out (invitations, password resets). APP_URL when set; otherwise
 * (development and tests only: production requires APP_URL) the address the request came to, where
 * X-Forwarded-Host and X-Forwarded-Proto count only when written by a trusted proxy.
 */
export function publicBaseUrl(source: TPublicUrlSource): string {
  if (source.appUrl) return source.appUrl.replace(/\/+$/, "");
  const host = trustedForwardedValue(source.forwardedHost, source.trustedProxies) ?? source.host ?? "localhost:3000";
  const proto =
    trustedForwardedValue(source.forwardedProto, source.trustedProxies) ??
    (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
