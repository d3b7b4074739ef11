import "server-only";
import type { Db } from "@/lib/db/client";

// The stored Boavizta results of an organisation's committed imports (the hosting view and the "other
// environmental indicators" read these): a rolled-back, failed or unconfirmed import's resources are not
// the inventory's. Every predicate carries the organisation.

export async function listBoaviztaResources(db: Db, organizationId: string, filter: { periodId?: string } = {}) {
  const resources = await db.boaviztaResource.findMany({
    where: {
      organizationId,
      import: {
        organizationId,
        status: "COMMITTED",
        ...(filter.periodId === undefined ? {} : { periodId: filter.periodId }),
      },
    },
    orderBy: [{ importId: "asc" }, { position: "asc" }],
    include: { impacts: { where: { organizationId }, orderBy: [{ criterion: "asc" }, { phase: "asc" }] } },
  });
  return resources.map((r) => ({
    ...r,
    durationHours: r.durationHours?.toFixed() ?? null,
    lifetimeHours: r.lifetimeHours?.toFixed() ?? null,
    electricityFactor: r.electricityFactor?.toFixed() ?? null,
    impacts: r.impacts.map((i) => ({
      ...i,
      value: i.value?.toFixed() ?? null,
      min: i.min?.toFixed() ?? null,
      max: i.max?.toFixed() ?? null,
    })),
  }));
}
/** One import's own resources (whatever its status: its preview shows them before the commit), first `take`. */
export async function boaviztaResourcesOfImport(db: Db, organizationId: string, importId: string, take = 50) {
  const [count, resources] = await Promise.all([
    db.boaviztaResource.count({ where: { organizationId, importId } }),
    db.boaviztaResource.findMany({
      where: { organizationId, importId },
      orderBy: { position: "asc" },
      take,
      include: { impacts: { where: { organizationId, criterion: "gwp" } } },
    }),
  ]);
  return {
    count,
    resources: resources.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      assessed: r.assessed,
      usage: r.usage,
      allocation: r.allocation,
      notes: r.notes,
      gwp: Object.fromEntries(
        r.impacts.map((i) => [i.phase, i.status === "value" ? (i.value?.toFixed() ?? null) : null]),
      ),
    })),
  };
}

export type TBoaviztaResourceRow = Awaited<ReturnType<typeof listBoaviztaResources>>[number];
