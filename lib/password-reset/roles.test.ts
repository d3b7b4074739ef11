import { describe, expect, it } from "vitest";
import { mayResetPasswordOf } from "@/lib/password-reset/roles";
import { can } from "@/lib/permissions";

describe("who may create a password-reset link for whom", () => {
  it("lets owners reset any role, managers and consultants only contributors and viewers", () => {
    for (const target of ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] as const) {
      expect(mayResetPasswordOf("OWNER", target)).toBe(true);
      for (const actor of ["MANAGER", "CONSULTANT"] as const) {
        expect(mayResetPasswordOf(actor, target)).toBe(target === "CONTRIBUTOR" || target === "VIEWER");
      }
      expect(mayResetPasswordOf("CONTRIBUTOR", target)).toBe(false);
      expect(mayResetPasswordOf("VIEWER", target)).toBe(false);
    }
  });

  it("matches the permission table", () => {
    expect(can("OWNER", "members.resetPassword")).toBe(true);
    expect(can("MANAGER", "members.resetPassword")).toBe(true);
    expect(can("CONSULTANT", "members.resetPassword")).toBe(true);
    expect(can("CONTRIBUTOR", "members.resetPassword")).toBe(false);
    expect(can("VIEWER", "members.resetPassword")).toBe(false);
  });
});
