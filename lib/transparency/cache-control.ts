// Cache-Control of the public page (set by proxy.ts on /p/…). Any cache, shared ones included, may keep a
// copy, but must ask the server again before every reuse (max-age=0, must-revalidate): a revoked page is a
// 404 on the very next request, never a copy served from a CDN or the browser for a while. A longer
// s-maxage would have spared the server requests at the cost of showing a revoked page until it expired.
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

export const isPublicPagePath = (pathname: string) => pathname.startsWith("/p/");
