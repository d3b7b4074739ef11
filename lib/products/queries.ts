import type { Db } from "@/lib/db/client";

export function listProducts(db: Db, organizationId: string) {
  return db.product.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
}
