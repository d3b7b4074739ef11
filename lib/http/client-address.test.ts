import { describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress, throttleKeyOf } from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(
      resolveClientAddress({ socketAddress: "::ffff:198.51.100.7", forwardedFor: "6.6.6.6", trustedProxies: 0 }),
    ).toBe("198.51.100.7");
  });

  it("takes the address the nearest trusted proxy saw, whatever the client prepended", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 2 })).toBe("198.51.100.7");
  });

  it("knows nothing when the trusted proxies did not say, or said something that is not an address", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: null, trustedProxies: 1 })).toBeNull();
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "unknown", trustedProxies: 1 })).toBeNull();
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: null, trustedProxies: 0 })).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("writes IPv6 canonically and IPv4-mapped addresses as IPv4", () => {
    expect(normalizeAddress("2001:0db8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(normalizeAddress("203.0.113.9, 6.6.6.6")).toBeNull();
  });
});

describe("throttleKeyOf", () => {
  it("counts IPv4 addresses one by one and IPv6 addresses by /64", () => {
    expect(throttleKeyOf("203.0.113.9")).toBe("203.0.113.9");
    expect(throttleKeyOf("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(throttleKeyOf("2001:db8:aa:bb:ffff::9")).toBe("2001:db8:aa:bb::/64");
    expect(throttleKeyOf("2001:db8:aa:bc::1")).toBe("2001:db8:aa:bc::/64");
    expect(throttleKeyOf("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(throttleKeyOf(null)).toBeNull();
  });
});
