import "server-only";
import type { Db } from "@/lib/db/client";
import { listAcceptedReleases } from "@/lib/factors/org-index";
import type { TPickerHit } from "@/lib/factors/picker-hit";

export type TLibraryFactorChoice = Pick<
  TPickerHit,
  "id" | "ref" | "nameFr" | "nameEn" | "value" | "unit" | "uncertaintyPct"
>;

/**
 * A stored `libraryFactorId` ("ademe:36219") as the edit form's picker shows it: the element in the
 * organisation's accepted release of its source. When that release no longer has it, the reference alone,
 * so saving keeps the choice and the server reports it.
 */
export async function libraryFactorChoice(
  db: Db,
  organizationId: string,
  ref: string | null,
): Promise<TLibraryFactorChoice | null> {
  if (ref === null) return null;
  const [source, ...rest] = ref.split(":");
  const sourceId = rest.join(":");
  const release = (await listAcceptedReleases(db, organizationId)).find((r) => r.source === source);
  const factor = release
    ? await db.emissionFactor.findFirst({
        where: { releaseId: release.releaseId, source, sourceId },
        select: { id: true, nameFr: true, nameEn: true, value: true, unit: true, uncertaintyPct: true },
      })
    : null;
  if (!factor) return { id: ref, ref, nameFr: ref, nameEn: null, value: "0", unit: "", uncertaintyPct: null };
  return {
    id: factor.id,
    ref,
    nameFr: factor.nameFr,
    nameEn: factor.nameEn,
    value: factor.value.toFixed(),
    unit: factor.unit,
    uncertaintyPct: factor.uncertaintyPct?.toFixed() ?? null,
  };
}
