import type { OrgActionContext } from "@/lib/actions/safe-action";

// What every tenant mutation needs: the organisation to scope by and the actor to audit.
export function scopeOf(context: OrgActionContext) {
  return { organizationId: context.organization.id, actor: { id: context.user.id, email: context.user.email } };
}
