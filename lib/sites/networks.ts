import { loadCalcMappings } from "@/lib/calc";
import { DISTRICT_COOLING, DISTRICT_HEATING } from "@/lib/activity/site-energy";
import type { Db } from "@/lib/db/client";
import { listAcceptedReleases } from "@/lib/factors/org-index";

// The heating and cooling networks a site can choose: every network candidate of the district heating /
// cooling types (activity-types.json), named and valued from the organisation's accepted ADEME release.

export type TNetworkOption = { key: string; label: string; value: string; factorId: string };
export type TNetworkLists = {
  heat: TNetworkOption[];
  cooling: TNetworkOption[];
  heatDefault: string | null; // "other networks" value, kgCO2e/kWh
  coolingDefault: string | null;
};

function candidatesOf(activityTypeId: string): { key: string; ref: string }[] {
  const type = loadCalcMappings().activityTypes.get(activityTypeId);
  return (type?.candidates ?? []).flatMap((c) =>
    "factor" in c && c.when?.network !== undefined ? [{ key: c.when.network, ref: c.factor }] : [],
  );
}

// "Réseau de chaleur - 69, LYON, Réseau de Lyon - 2021" → "69, LYON, Réseau de Lyon"
const labelOf = (nameFr: string) => nameFr.replace(/^Réseau de (chaleur|froid) - /, "").replace(/ - \d{4}$/, "");

export async function listNetworks(db: Db, organizationId: string): Promise<TNetworkLists> {
  const ademe = (await listAcceptedReleases(db, organizationId)).find((r) => r.source === "ademe");
  const heat = candidatesOf(DISTRICT_HEATING);
  const cooling = candidatesOf(DISTRICT_COOLING);
  const sourceIds = [...heat, ...cooling].map((c) => c.ref.split(":")[1] as string);
  const factors = ademe
    ? await db.emissionFactor.findMany({
        where: { releaseId: ademe.releaseId, source: "ademe", sourceId: { in: sourceIds } },
        select: { id: true, sourceId: true, nameFr: true, value: true },
      })
    : [];
  const byRef = new Map(factors.map((f) => [`ademe:${f.sourceId}`, f]));
  const options = (list: { key: string; ref: string }[]) =>
    list
      .flatMap(({ key, ref }) => {
        const f = byRef.get(ref);
        return f && key !== "other"
          ? [{ key, label: labelOf(f.nameFr), value: f.value.toString(), factorId: f.id }]
          : [];
      })
      .sort((a, b) => a.label.localeCompare(b.label, "fr", { numeric: true }));
  const defaultOf = (list: { key: string; ref: string }[]) => {
    const other = list.find((c) => c.key === "other");
    return other ? (byRef.get(other.ref)?.value.toString() ?? null) : null;
  };
  return {
    heat: options(heat),
    cooling: options(cooling),
    heatDefault: defaultOf(heat),
    coolingDefault: defaultOf(cooling),
  };
}
