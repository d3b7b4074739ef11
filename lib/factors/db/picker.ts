import type { Db } from "@/lib/db/client";
import { searchFactors, type TLibraryHit } from "@/lib/factors/db/search";
import { listAcceptedReleases } from "@/lib/factors/org-index";
import type { TPickerHit } from "@/lib/factors/picker-hit";

// The factor picker of the activity form: the explorer's ranked search, kept to the library factors an
// activity can use, i.e. those of the organisation's accepted releases that the publisher has not archived.

export type { TPickerHit };

export async function searchPickerFactors(
  db: Db,
  organizationId: string,
  q: string,
  limit = 20,
): Promise<TPickerHit[]> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) return [];
  const [accepted, result] = await Promise.all([
    listAcceptedReleases(db, organizationId),
    searchFactors(db, { organizationId, preferRegion: org.country }, { q, page: 1 }, 50),
  ]);
  const versions = new Set(accepted.map((r) => `${r.source}@${r.version}`));
  return result.hits
    .filter((h): h is TLibraryHit => h.kind === "library")
    .filter((h) => versions.has(`${h.source}@${h.version}`) && h.status !== "archived")
    .slice(0, limit)
    .map((h) => ({
      id: h.id,
      ref: h.id.split("@")[0] as string,
      nameFr: h.nameFr,
      nameEn: h.nameEn,
      value: h.value,
      unit: h.unit,
      unitLabel: h.unitLabel,
      uncertaintyPct: h.uncertaintyPct,
      source: h.source,
      regionLabel: h.regionLabel,
      status: h.status,
    }));
}
