import { describe, expect, it } from "vitest";
import { bearerSecret, generateTokenSecret, hashTokenSecret, visiblePrefix } from "@/lib/api-tokens/secret";
import { assignableTokenRoles, effectiveTokenRole } from "@/lib/api-tokens/roles";

describe("API token secrets", () => {
  it("are 256-bit, distinct, and hashed with sha256", () => {
    const a = generateTokenSecret();
    const b = generateTokenSecret();
    expect(a).toMatch(/^alb_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(hashTokenSecret("alb_test")).toBe("67aab2825a78b2d34ee39d03c9896e5be31abec350ea19adb56bfa1f0fe800db");
    expect(hashTokenSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(a)).not.toBe(hashTokenSecret(b));
    expect(visiblePrefix(a)).toBe(a.slice(0, 12));
  });

  it("are read from a Bearer header only when well formed", () => {
    const s = generateTokenSecret();
    expect(bearerSecret(`Bearer ${s}`)).toBe(s);
    expect(bearerSecret(`bearer ${s}`)).toBe(s);
    expect(bearerSecret(null)).toBeNull();
    expect(bearerSecret(`Basic ${s}`)).toBeNull();
    expect(bearerSecret("Bearer alb_short")).toBeNull();
    expect(bearerSecret(`Bearer ${s} extra`)).toBeNull();
  });
});

describe("API token roles", () => {
  it("are capped at the creator's role, at creation and on every request", () => {
    expect(assignableTokenRoles("MANAGER")).toEqual(["MANAGER", "CONTRIBUTOR", "VIEWER"]);
    expect(assignableTokenRoles("CONSULTANT")).toEqual(["MANAGER", "CONTRIBUTOR", "VIEWER"]);
    expect(assignableTokenRoles("OWNER")).toEqual(["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"]);
    expect(effectiveTokenRole("MANAGER", "VIEWER")).toBe("VIEWER");
    expect(effectiveTokenRole("VIEWER", "OWNER")).toBe("VIEWER");
    expect(effectiveTokenRole("MANAGER", "CONSULTANT")).toBe("MANAGER");
  });
});
