import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export const PERMISSIONS = [
  "dashboard.read",
  "organization.update",
  "organization.delete",
  "members.read",
  "members.manage",
  "members.resetPassword",
  "sites.manage",
  "products.manage",
  "periods.manage",
  "periods.lock",
  "audit.read",
  "settings.read",
  "factors.read",
  "factors.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Consultants act through their firm with manager rights; they are not a membership role.
export type EffectiveRole = Role | "CONSULTANT";

const MANAGER: Permission[] = [
  "dashboard.read",
  "organization.update",
  "members.read",
  // Only for contributors and viewers, never for owners or other managers (lib/password-reset/roles.ts).
  "members.resetPassword",
  "sites.manage",
  "products.manage",
  "periods.manage",
  "audit.read",
  "settings.read",
  "factors.read",
  "factors.manage",
];

export const ROLE_PERMISSIONS = {
  OWNER: [...PERMISSIONS],
  MANAGER,
  CONSULTANT: MANAGER,
  CONTRIBUTOR: ["factors.read"],
  VIEWER: ["dashboard.read", "factors.read"],
} as const satisfies Record<EffectiveRole, readonly Permission[]>;

export function can(role: EffectiveRole, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

export function assertPermission(role: EffectiveRole, permission: Permission): void {
  if (!can(role, permission)) throw new AppError("FORBIDDEN");
}
