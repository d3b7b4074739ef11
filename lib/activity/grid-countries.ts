import "server-only";
import type { Db } from "@/lib/db/client";

// The countries a hosting line may name: those with an annual grid intensity in the Ember release the
// organisation uses (France and the United Kingdom then resolve to ADEME and DESNZ through the activity
// type's candidates, emission-factors/mappings/activity-types.json). Without an accepted Ember release yet
// (the organisation's first calculation accepts one), the installed releases answer.
export async function gridCountries(db: Db, organizationId: string): Promise<string[]> {
  const accepted = await db.organizationFactorRelease.findFirst({
    where: { organizationId, source: "ember" },
    select: { releaseId: true },
  });
  const rows = await db.emissionFactor.findMany({
    where: { source: "ember", ...(accepted ? { releaseId: accepted.releaseId } : {}) },
    select: { region: true },
    distinct: ["region"],
  });
  return rows.map((r) => r.region).filter((r) => /^[A-Z]{2}$/.test(r));
}
