// The notifications page: a person's notifications with what they point at (the request's category and
// period, the rejected line's category), read within the organisation only.
import type { Db } from "@/lib/db/client";
import { categoryOfActivityType } from "@/lib/activity/categories";
import { listNotifications, type TRecipient } from "@/lib/notifications/notifications";

export type TFeedItem = {
  id: string;
  kind: "REQUEST_ASSIGNED" | "LINE_REJECTED" | "LINES_SUBMITTED";
  createdAt: string;
  read: boolean;
  actorName: string | null;
  comment: string | null;
  count: number | null;
  category: string | null;
  periodLabel: string | null;
  requestId: string | null;
  activityId: string | null;
  lineLabel: string | null;
};

export async function notificationFeed(db: Db, recipient: TRecipient): Promise<TFeedItem[]> {
  const notes = await listNotifications(db, recipient);
  const { organizationId } = recipient;
  const requestIds = [...new Set(notes.flatMap((n) => (n.requestId ? [n.requestId] : [])))];
  const activityIds = [...new Set(notes.flatMap((n) => (n.activityId ? [n.activityId] : [])))];
  const [requests, lines] = await Promise.all([
    db.dataRequest.findMany({
      where: { organizationId, id: { in: requestIds } },
      select: { id: true, category: true, period: { select: { label: true } } },
    }),
    db.activityData.findMany({
      where: { organizationId, id: { in: activityIds } },
      select: { id: true, activityTypeId: true, label: true },
    }),
  ]);
  const requestOf = new Map(requests.map((r) => [r.id, r]));
  const lineOf = new Map(lines.map((l) => [l.id, l]));
  return notes.map((n) => {
    const request = n.requestId ? requestOf.get(n.requestId) : undefined;
    const line = n.activityId ? lineOf.get(n.activityId) : undefined;
    return {
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
      actorName: n.actorName,
      comment: n.comment,
      count: n.count,
      category: request?.category ?? (line ? categoryOfActivityType(line.activityTypeId) : null),
      periodLabel: request?.period.label ?? null,
      requestId: request?.id ?? null,
      activityId: line?.id ?? null,
      lineLabel: line ? (line.label ?? line.activityTypeId) : null,
    };
  });
}
