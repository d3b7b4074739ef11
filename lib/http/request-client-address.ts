import { proxyEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "@/lib/http/client-address";
import { trustedForwardedValue } from "@/lib/http/forwarded";

/**
 * The address of the client that sent a request, or null when it cannot be known. Served by
 * scripts/serve.ts (npm start), the server's own stamp; under plain `next start` / `next dev`, only what
 * trusted proxies wrote (TRUST_PROXY > 0), since a client can send any X-Forwarded-For it likes.
 */
export function clientAddressOf(headers: Headers): string | null {
  const { TRUST_PROXY, ALBEDO_CLIENT_ADDRESS_HEADER } = proxyEnv();
  if (ALBEDO_CLIENT_ADDRESS_HEADER === "stamped") return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER));
  return normalizeAddress(trustedForwardedValue(headers.get("x-forwarded-for"), TRUST_PROXY));
}
