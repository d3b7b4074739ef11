import ipaddr from "ipaddr.js";
import { trustedForwardedValue } from "@/lib/http/forwarded";

// The client address as Albedo's own HTTP server (scripts/serve.ts) saw it, stamped on every request after
// any incoming copy is removed, so a client cannot choose it.
export const CLIENT_ADDRESS_HEADER = "x-albedo-client-address";

/** A valid IP address in its canonical form (IPv4-mapped IPv6 as plain IPv4), or null. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const candidate = raw.trim();
  if (!ipaddr.isValid(candidate)) return null;
  return ipaddr.process(candidate).toString();
}

/**
 * Who opened the connection, as far as it can be known: the socket's peer when no proxy is trusted (any
 * X-Forwarded-For is the client's own words), else the address the nearest trusted proxy saw.
 */
export function resolveClientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | null;
  trustedProxies: number;
}): string | null {
  if (input.trustedProxies <= 0) return normalizeAddress(input.socketAddress);
  return normalizeAddress(trustedForwardedValue(input.forwardedFor, input.trustedProxies));
}

/**
 * The key sign-in throttling counts failures under. One IPv6 host usually holds a whole /64 (and can pick
 * any address in it), so IPv6 addresses count by /64; IPv4 addresses count one by one.
 */
export function throttleKeyOf(address: string | null): string | null {
  const normalized = normalizeAddress(address);
  if (!normalized) return null;
  const parsed = ipaddr.parse(normalized);
  if (parsed.kind() === "ipv4") return normalized;
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${ipaddr.IPv6.parse(`${prefix.map((part) => part.toString(16)).join(":")}::`).toString()}/64`;
}
