import "server-only";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resolveOrgAccess, type OrgAccess } from "@/lib/organizations/access";
import { can, type Permission } from "@/lib/permissions";

export type OrgContext = OrgAccess & { user: SessionUser };

// Pages call this with the [org] slug; a stranger to the organisation gets a 404, not a hint it exists.
export const getOrgContext = cache(async (slug: string): Promise<OrgContext> => {
  const user = await requireUser();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug });
  if (!access) notFound();
  return { ...access, user };
});

export async function requireOrgPermission(slug: string, permission: Permission): Promise<OrgContext> {
  const context = await getOrgContext(slug);
  if (!can(context.role, permission)) forbidden();
  return context;
}
