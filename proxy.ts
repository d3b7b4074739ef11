import { NextResponse, type NextRequest } from "next/server";
import { proxyEnv } from "@/lib/env";
import { trustedForwardedValue } from "@/lib/http/forwarded";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { isPublicPagePath, PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/transparency/cache-control";

// Passes the requested path (and query) to server components, so a signed-out visitor is sent to
// /sign-in?next=<that page> and comes back to it after signing in. Not an access check: pages do those.
export const PATH_HEADER = "x-albedo-path";

// Runs on every request, static files and route handlers included, so every response carries the
// security headers. Next reads the nonce from the request's Content-Security-Policy header and puts it on
// the scripts it renders (pages are rendered per request, so each gets its own).
export function proxy(request: NextRequest) {
  const { NODE_ENV, TRUST_PROXY } = proxyEnv();
  const headers = securityHeaders({
    nonce: newNonce(),
    development: NODE_ENV === "development",
    https: servedOverHttps(
      request.nextUrl.protocol,
      trustedForwardedValue(request.headers.get("x-forwarded-proto"), TRUST_PROXY),
    ),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const csp = headers.find(([name]) => name === "Content-Security-Policy");
  if (csp) requestHeaders.set(csp[0], csp[1]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of headers) response.headers.set(name, value);
  if (isPublicPagePath(request.nextUrl.pathname)) response.headers.set("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
  return response;
}
