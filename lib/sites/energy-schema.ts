import { loadCalcMappings } from "@/lib/calc";
import { zMarketInstrument } from "@/lib/activity/market-instrument";
import { DISTRICT_COOLING, DISTRICT_HEATING } from "@/lib/activity/site-energy";
import { z } from "@/lib/validation";

// A site's energy settings, as the site form sends them (shared by the form and the server action).

/** The network keys the activity type's candidates know (activity-types.json), "other" excluded. */
export function networkKeys(activityTypeId: string): ReadonlySet<string> {
  const type = loadCalcMappings().activityTypes.get(activityTypeId);
  const keys = new Set<string>();
  for (const c of type?.candidates ?? []) {
    const network = "when" in c ? c.when?.network : undefined;
    if (network !== undefined && network !== "other") keys.add(network);
  }
  return keys;
}

const ZNetwork = (activityTypeId: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? null : v),
    z
      .string()
      .refine((key) => networkKeys(activityTypeId).has(key), { error: "siteEnergy.unknownNetwork" })
      .nullable(),
  );

export const zSiteEnergy = (locale = "fr") =>
  z.strictObject({
    heatNetwork: ZNetwork(DISTRICT_HEATING),
    coolingNetwork: ZNetwork(DISTRICT_COOLING),
    marketInstrument: z.preprocess((v) => (v === undefined ? null : v), zMarketInstrument(locale).nullable()),
  });
export type TSiteEnergyInput = z.output<ReturnType<typeof zSiteEnergy>>;
