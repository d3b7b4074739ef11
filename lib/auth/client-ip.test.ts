import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/auth/client-ip";

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, so a client cannot pick its own address", () => {
    expect(clientIpFrom("203.0.113.9", 0)).toBeNull();
  });
  it("takes the address seen by the nearest trusted proxy, not the client-written entries", () => {
    expect(clientIpFrom("6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientIpFrom("6.6.6.6, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
  });
  it("returns null when the header is shorter than the proxy chain", () => {
    expect(clientIpFrom("198.51.100.7", 2)).toBeNull();
    expect(clientIpFrom(null, 1)).toBeNull();
  });
});
