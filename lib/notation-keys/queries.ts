import type { Db } from "@/lib/db/client";
import type { TActivityCategory } from "@/lib/activity/categories";
import type { TNotationKeyKind } from "@/lib/notation-keys/schemas";

export type TNotationKeyRow = {
  id: string;
  category: TActivityCategory;
  siteId: string | null;
  kind: TNotationKeyKind;
  explanation: string | null;
  updatedAt: Date;
};

/** The period's notation keys (organisation-wide ones first, then per site). */
export async function listNotationKeys(db: Db, organizationId: string, periodId: string): Promise<TNotationKeyRow[]> {
  const rows = await db.notationKey.findMany({
    where: { organizationId, periodId },
    orderBy: [{ category: "asc" }, { siteScope: "asc" }],
    select: { id: true, category: true, siteId: true, kind: true, explanation: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...r, category: r.category as TActivityCategory }));
}
