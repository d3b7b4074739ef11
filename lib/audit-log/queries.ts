import type { Db, Prisma } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, createdAtRange, type AuditFilter } from "@/lib/audit-log/filters";

// Every query starts from organizationId: the trail of one organisation never shows another's events,
// whatever actor, entity or cursor the URL carries.
function whereOf(organizationId: string, filter: AuditFilter): Prisma.AuditEventWhereInput {
  const createdAt = createdAtRange(filter);
  return {
    organizationId,
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

// Keyset pagination on (createdAt, id): stable while new events arrive, unlike offsets. The cursor event
// is itself looked up within the organisation, so a foreign id is simply ignored.
async function olderThan(
  db: Db,
  organizationId: string,
  cursor: string | undefined,
): Promise<Prisma.AuditEventWhereInput> {
  if (!cursor) return {};
  const anchor = await db.auditEvent.findFirst({
    where: { id: cursor, organizationId },
    select: { id: true, createdAt: true },
  });
  if (!anchor) return {};
  return { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] };
}

export async function listAuditEvents(
  db: Db,
  organizationId: string,
  {
    filter,
    cursor,
    pageSize = AUDIT_PAGE_SIZE,
  }: { filter: AuditFilter; cursor?: string | undefined; pageSize?: number },
) {
  const events = await db.auditEvent.findMany({
    where: { AND: [whereOf(organizationId, filter), await olderThan(db, organizationId, cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      actorId: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
  const page = events.slice(0, pageSize);
  const nextCursor = events.length > pageSize ? (page.at(-1)?.id ?? null) : null;
  return { events: page, nextCursor };
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

// Choices for the filter form: only actors and entity types that appear in this organisation's trail.
export async function listAuditFilterOptions(db: Db, organizationId: string) {
  const [actors, entities] = await Promise.all([
    db.auditEvent.groupBy({
      by: ["actorId", "actorEmail"],
      where: { organizationId, actorId: { not: null } },
      orderBy: { actorEmail: "asc" },
    }),
    db.auditEvent.groupBy({ by: ["entityType"], where: { organizationId }, orderBy: { entityType: "asc" } }),
  ]);
  const byId = new Map<string, string>();
  for (const a of actors) if (a.actorId && !byId.has(a.actorId)) byId.set(a.actorId, a.actorEmail ?? a.actorId);
  return {
    actors: [...byId].map(([id, email]) => ({ id, email })),
    entityTypes: entities.map((e) => e.entityType),
  };
}
