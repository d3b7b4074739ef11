import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, assertPermission, can } from "@/lib/permissions";
import { AppError } from "@/lib/errors";

describe("role → permission table", () => {
  it("gives owners every permission", () => {
    for (const permission of PERMISSIONS) expect(can("OWNER", permission)).toBe(true);
  });

  it("keeps member management, period locking and deletion with owners only", () => {
    for (const role of ["MANAGER", "CONSULTANT", "CONTRIBUTOR", "VIEWER"] as const) {
      expect(can(role, "members.manage")).toBe(false);
      expect(can(role, "periods.lock")).toBe(false);
      expect(can(role, "organization.delete")).toBe(false);
    }
  });

  it("gives consultants exactly the manager rights", () => {
    expect([...ROLE_PERMISSIONS.CONSULTANT].sort()).toEqual([...ROLE_PERMISSIONS.MANAGER].sort());
  });

  it("lets viewers read dashboards but not open settings", () => {
    expect(can("VIEWER", "dashboard.read")).toBe(true);
    expect(can("VIEWER", "settings.read")).toBe(false);
  });

  it("gives contributors no settings or dashboard access", () => {
    expect(can("CONTRIBUTOR", "settings.read")).toBe(false);
    expect(can("CONTRIBUTOR", "dashboard.read")).toBe(false);
  });

  it("lets every role read the factor library, and only owners, managers and consultants manage custom factors", () => {
    for (const role of ["OWNER", "MANAGER", "CONSULTANT", "CONTRIBUTOR", "VIEWER"] as const)
      expect(can(role, "factors.read")).toBe(true);
    for (const role of ["OWNER", "MANAGER", "CONSULTANT"] as const) expect(can(role, "factors.manage")).toBe(true);
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) expect(can(role, "factors.manage")).toBe(false);
  });

  it("lets contributors enter and submit activity data, only owners, managers and consultants validate it, viewers read it", () => {
    for (const role of ["OWNER", "MANAGER", "CONSULTANT", "CONTRIBUTOR"] as const) {
      expect(can(role, "activity.create")).toBe(true);
      expect(can(role, "activity.submit")).toBe(true);
    }
    for (const role of ["OWNER", "MANAGER", "CONSULTANT"] as const) expect(can(role, "activity.validate")).toBe(true);
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) expect(can(role, "activity.validate")).toBe(false);
    expect(can("VIEWER", "activity.read")).toBe(true);
    expect(can("VIEWER", "activity.create")).toBe(false);
    expect(can("VIEWER", "activity.submit")).toBe(false);
  });

  it("throws a FORBIDDEN AppError when a permission is missing", () => {
    expect(() => assertPermission("VIEWER", "sites.manage")).toThrowError(AppError);
    expect(() => assertPermission("MANAGER", "sites.manage")).not.toThrow();
  });

  it("lets owners, managers and consultants manage data requests, nobody else", () => {
    for (const role of ["OWNER", "MANAGER", "CONSULTANT"] as const) expect(can(role, "requests.manage")).toBe(true);
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) expect(can(role, "requests.manage")).toBe(false);
  });

  it("lets only owners, managers and consultants publish or revoke the public transparency page", () => {
    for (const role of ["OWNER", "MANAGER", "CONSULTANT"] as const)
      expect(can(role, "transparency.publish")).toBe(true);
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) expect(can(role, "transparency.publish")).toBe(false);
  });
});
