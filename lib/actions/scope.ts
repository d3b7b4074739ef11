import type { OrgActionContext } from "@/lib/actions/safe-action";
import type { TenantScope } from "@/lib/audit";

// What every tenant mutation needs: the organisation to scope by and the actor to audit.
export function scopeOf(context: OrgActionContext): TenantScope {
  return { organizationId: context.organization.id, actor: { id: context.user.id, email: context.user.email } };
}
