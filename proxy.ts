import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path (and query) to server components, so a signed-out visitor is sent to
// /sign-in?next=<that page> and comes back to it after signing in. Not an access check: pages do those.
export const PATH_HEADER = "x-albedo-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
