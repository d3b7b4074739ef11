// What the preview panel and the edit page say about the factors a line used: name (FR/EN), id, source and
// version, value per unit, uncertainty. Library factors are shared by every organisation; custom ones
// ("custom:<id>") are read with the organisation in the predicate.
import type { DbClient } from "@/lib/factors/org-index";

export type TFactorDetails = {
  id: string;
  nameFr: string;
  nameEn: string | null;
  source: string;
  version: string;
  value: string;
  unit: string;
  uncertaintyPct: string | null;
  custom: boolean;
};

const CUSTOM_PREFIX = "custom:";

export async function factorDetails(
  db: DbClient,
  organizationId: string,
  factorIds: readonly string[],
): Promise<Map<string, TFactorDetails>> {
  const ids = [...new Set(factorIds)];
  const customIds = ids.filter((id) => id.startsWith(CUSTOM_PREFIX)).map((id) => id.slice(CUSTOM_PREFIX.length));
  const libraryIds = ids.filter((id) => !id.startsWith(CUSTOM_PREFIX));
  const [library, custom] = await Promise.all([
    libraryIds.length === 0 ? [] : db.emissionFactor.findMany({ where: { id: { in: libraryIds } } }),
    customIds.length === 0 ? [] : db.customFactor.findMany({ where: { id: { in: customIds }, organizationId } }),
  ]);
  const details = new Map<string, TFactorDetails>();
  for (const f of library) {
    details.set(f.id, {
      id: f.id,
      nameFr: f.nameFr,
      nameEn: f.nameEn,
      source: f.source,
      version: f.version,
      value: f.value.toFixed(),
      unit: f.unit,
      uncertaintyPct: f.uncertaintyPct?.toFixed() ?? null,
      custom: false,
    });
  }
  for (const f of custom) {
    details.set(`${CUSTOM_PREFIX}${f.id}`, {
      id: `${CUSTOM_PREFIX}${f.id}`,
      nameFr: f.nameFr,
      nameEn: f.nameEn,
      source: f.source,
      version: String(f.version),
      value: f.value.toFixed(),
      unit: f.unit,
      uncertaintyPct: f.uncertaintyPct?.toFixed() ?? null,
      custom: true,
    });
  }
  return details;
}
