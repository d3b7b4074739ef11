// In-app notifications: written by the domain functions in the transaction of the event they announce
// (a request assigned, a line rejected, lines submitted), read and marked read by their recipient only.
// Every query carries organizationId AND userId: one person never sees another's, nor another
// organisation's. An overdue request is shown as a state on the requests pages, never as a notification.
import type { NotificationKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type TRecipient = { organizationId: string; userId: string };
export type TNotificationInput = {
  userId: string;
  kind: NotificationKind;
  requestId?: string | null;
  activityId?: string | null;
  actorName?: string | null;
  comment?: string | null;
  count?: number | null;
};

/** Queues notifications for people of one organisation; nobody is told about their own action. */
export async function notify(
  tx: Tx,
  organizationId: string,
  actorId: string,
  items: readonly TNotificationInput[],
): Promise<number> {
  const data = items
    .filter((item) => item.userId !== actorId)
    .map((item) => ({
      organizationId,
      userId: item.userId,
      kind: item.kind,
      requestId: item.requestId ?? null,
      activityId: item.activityId ?? null,
      actorName: item.actorName ?? null,
      comment: item.comment ?? null,
      count: item.count ?? null,
    }));
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data });
  return count;
}

export async function unreadNotificationCount(db: Db, { organizationId, userId }: TRecipient): Promise<number> {
  return db.notification.count({ where: { organizationId, userId, readAt: null } });
}

export async function listNotifications(db: Db, { organizationId, userId }: TRecipient, { take = 100 } = {}) {
  return db.notification.findMany({
    where: { organizationId, userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}
export type TNotification = Awaited<ReturnType<typeof listNotifications>>[number];

/**
 * Marks the recipient's own notifications read (the given ones, or all). An id that is not one of theirs
 * in this organisation is NOT_FOUND, and nothing is marked.
 */
export async function markNotificationsRead(
  db: Db,
  { organizationId, userId }: TRecipient,
  ids: readonly string[] | "all",
): Promise<number> {
  return db.$transaction(async (tx) => {
    if (ids !== "all") {
      const unique = [...new Set(ids)];
      const own = await tx.notification.count({ where: { organizationId, userId, id: { in: unique } } });
      if (own !== unique.length) throw new AppError("NOT_FOUND");
    }
    const { count } = await tx.notification.updateMany({
      where: { organizationId, userId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) },
      data: { readAt: new Date() },
    });
    return count;
  });
}
