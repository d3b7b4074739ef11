import type { Db } from "@/lib/db/client";

// What an action may be linked to or owned by: the organisation's own sites, products and members only.
export async function actionOptions(db: Db, organizationId: string) {
  const [members, sites, products] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.site.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.product.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    members: members.map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email })),
    sites,
    products,
  };
}
