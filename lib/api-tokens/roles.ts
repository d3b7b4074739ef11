import type { Role } from "@/generated/prisma/enums";
import type { EffectiveRole } from "@/lib/permissions";

// A token never acts above the person who created it: its role is capped at theirs when it is created, and
// again on every request at their current one (a demoted or departed creator's tokens shrink or stop).
export const TOKEN_ROLES = ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] as const satisfies readonly Role[];

const RANK: Record<EffectiveRole, number> = { OWNER: 4, MANAGER: 3, CONSULTANT: 3, CONTRIBUTOR: 2, VIEWER: 1 };

/** The token roles a person with `role` may give. */
export function assignableTokenRoles(role: EffectiveRole): Role[] {
  return TOKEN_ROLES.filter((r) => RANK[r] <= RANK[role]);
}

/** The role a token acts with: its own, or its creator's current one when that is lower. */
export function effectiveTokenRole(tokenRole: Role, creatorRole: EffectiveRole): EffectiveRole {
  return RANK[creatorRole] < RANK[tokenRole] ? creatorRole : tokenRole;
}
