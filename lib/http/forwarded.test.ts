import { describe, expect, it } from "vitest";
import { trustedForwardedValue } from "./forwarded";

describe("trustedForwardedValue", () => {
  it("ignores the header when no proxy is trusted (clients can write it)", () => {
    expect(trustedForwardedValue("evil.example", 0)).toBeNull();
  });

  it("reads the entry the nearest trusted proxy wrote, counting from the right", () => {
    expect(trustedForwardedValue("evil.example, albedo.example", 1)).toBe("albedo.example");
    expect(trustedForwardedValue("evil.example, albedo.example, lb.internal", 2)).toBe("albedo.example");
    expect(trustedForwardedValue("https", 1)).toBe("https");
  });

  it("is null when fewer entries than trusted proxies, or no header", () => {
    expect(trustedForwardedValue("albedo.example", 2)).toBeNull();
    expect(trustedForwardedValue(null, 1)).toBeNull();
    expect(trustedForwardedValue(" , ", 1)).toBeNull();
  });
});
