import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { publicBaseUrl } from "@/lib/http/public-url";

// The base of links we hand out (invitations): APP_URL (required in production), never a header a
// client can forge. Only without APP_URL (development, tests) does the request matter.
export async function appUrl(): Promise<string> {
  const { APP_URL, TRUST_PROXY } = env();
  const h = APP_URL ? null : await headers();
  return publicBaseUrl({
    appUrl: APP_URL,
    host: h?.get("host") ?? null,
    forwardedHost: h?.get("x-forwarded-host") ?? null,
    forwardedProto: h?.get("x-forwarded-proto") ?? null,
    trustedProxies: TRUST_PROXY,
  });
}
