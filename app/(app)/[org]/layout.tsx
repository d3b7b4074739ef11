import { getTranslations } from "next-intl/server";
import { AppFrame } from "@/components/shell/app-frame";
import { Logo } from "@/components/shell/logo";
import { NotificationBell } from "@/components/shell/notification-bell";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { db } from "@/lib/db";
import { unreadNotificationCount } from "@/lib/notifications/notifications";
import { listAccessibleOrganizations } from "@/lib/organizations/access";
import { getOrgContext } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export default async function OrgLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const context = await getOrgContext(org);
  const t = await getTranslations("roles");
  const [orgs, unread] = await Promise.all([
    listAccessibleOrganizations(db(), context.user.id),
    unreadNotificationCount(db(), { organizationId: context.organization.id, userId: context.user.id }),
  ]);
  const visibleKeys = NAV_ITEMS.filter((item) => !item.permission || can(context.role, item.permission)).map(
    (item) => item.key,
  );
  const sidebar = (
    <>
      <Logo />
      <OrgSwitcher
        current={context.organization}
        orgs={orgs}
        showPortfolio={orgs.some((o) => o.role === "CONSULTANT")}
      />
      <div className="flex-1">
        <SidebarNav orgSlug={org} visibleKeys={visibleKeys} />
      </div>
      <UserMenu name={context.user.name} email={context.user.email} roleLabel={t(context.role)} />
    </>
  );
  return (
    <AppFrame
      sidebar={sidebar}
      title={context.organization.name}
      notifications={<NotificationBell orgSlug={org} unread={unread} />}
    >
      {children}
    </AppFrame>
  );
}
