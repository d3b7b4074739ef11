import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { getOrgContext } from "@/lib/organizations/context";
import { notificationFeed } from "@/lib/requests/notification-feed";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

// Every member reads their own notifications of this organisation.
export default async function NotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await getOrgContext(org);
  const items = await notificationFeed(db(), { organizationId: context.organization.id, userId: context.user.id });
  const t = await getTranslations("notifications");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <NotificationList orgSlug={org} items={items} />
    </div>
  );
}
