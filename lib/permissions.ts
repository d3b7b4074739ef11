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
  // Activity data (lib/activity): read lines, create/edit them, submit them for review, validate or reject them.
  "activity.read",
  "activity.create",
  "activity.submit",
  "activity.validate",
  // Data requests (lib/requests): ask members for a category of a period, follow and review them.
  "requests.manage",
  // Public REST API tokens (lib/api-tokens): create, list and revoke them.
  "apiTokens.manage",
  // File imports (lib/imports): follow them (list, error reports), and upload, commit, roll back, re-download.
  "imports.read",
  "imports.manage",
  // Staff surveys (lib/surveys): campaigns, their public links, counters and results.
  "surveys.manage",
  // Reduction targets, the action plan and climate contributions (lib/targets, lib/reductions).
  "targets.manage",
  // The public transparency page (lib/transparency): publish, publish again, revoke.
  "transparency.publish",
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
  "activity.read",
  "activity.create",
  "activity.submit",
  "activity.validate",
  "requests.manage",
  "apiTokens.manage",
  "imports.read",
  "imports.manage",
  "surveys.manage",
  "targets.manage",
  "transparency.publish",
];

export const ROLE_PERMISSIONS = {
  OWNER: [...PERMISSIONS],
  MANAGER,
  CONSULTANT: MANAGER,
  // Contributors enter and submit data (within their requests, lib/activity); only managers validate.
  CONTRIBUTOR: ["factors.read", "activity.read", "activity.create", "activity.submit"],
  // Viewers follow imports (what was loaded, by whom, its errors); the original files stay with managers.
  VIEWER: ["dashboard.read", "factors.read", "activity.read", "imports.read"],
} as const satisfies Record<EffectiveRole, readonly Permission[]>;

export function can(role: EffectiveRole, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

export function assertPermission(role: EffectiveRole, permission: Permission): void {
  if (!can(role, permission)) throw new AppError("FORBIDDEN");
}
