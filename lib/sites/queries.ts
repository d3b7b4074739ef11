import type { Db } from "@/lib/db/client";

export function listSites(db: Db, organizationId: string) {
  return db.site.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
}
