import type { Db } from "@/lib/db/client";

// Every read carries the organisation: another organisation's id finds nothing.

export function listCustomFactors(db: Db, organizationId: string, { includeRetired = false } = {}) {
  return db.customFactor.findMany({
    where: { organizationId, ...(includeRetired ? {} : { status: "ACTIVE" as const }) },
    orderBy: [{ nameFr: "asc" }, { version: "desc" }],
  });
}

/** One version and the full history of its factor (newest first), or null if not in this organisation. */
export async function getCustomFactorWithHistory(db: Db, organizationId: string, id: string) {
  const factor = await db.customFactor.findFirst({ where: { id, organizationId } });
  if (!factor) return null;
  const history = await db.customFactor.findMany({
    where: { organizationId, key: factor.key },
    orderBy: { version: "desc" },
  });
  return { factor, history };
}
export type TCustomFactorWithHistory = NonNullable<Awaited<ReturnType<typeof getCustomFactorWithHistory>>>;
