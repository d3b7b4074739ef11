import { loadCalcMappings, type TActivityOptions, type TMarketInstrument } from "@/lib/calc";
import { engineInstrument } from "@/lib/activity/market-instrument";

// What a site contributes to the calculation of its activities: its heating and cooling networks (district
// heating/cooling at the site uses them unless the activity names another) and its electricity contract
// (the scope-2 market-based instrument of its electricity, unless the activity carries its own).

export const DISTRICT_HEATING = "energy.district_heating";
export const DISTRICT_COOLING = "energy.district_cooling";

export type TSiteEnergy = {
  readonly heatNetwork: string | null;
  readonly coolingNetwork: string | null;
  /** The site's instrument for an activity type: electricity types only (profile "electricity"). */
  instrumentFor(activityTypeId: string): TMarketInstrument | null;
};

export function siteEnergyOf(site: {
  heatNetwork: string | null;
  coolingNetwork: string | null;
  marketInstrument: unknown;
}): TSiteEnergy {
  const instrument = engineInstrument(site.marketInstrument);
  return {
    heatNetwork: site.heatNetwork,
    coolingNetwork: site.coolingNetwork,
    instrumentFor: (activityTypeId) =>
      instrument !== null && loadCalcMappings().activityTypes.get(activityTypeId)?.profile === "electricity"
        ? instrument
        : null,
  };
}

/** The engine options with the site's network filled in when the activity states none. */
export function siteEngineOptions(
  activityTypeId: string,
  options: TActivityOptions | undefined,
  energy: TSiteEnergy | undefined,
): TActivityOptions | undefined {
  if (!energy || options?.network !== undefined) return options;
  const network =
    activityTypeId === DISTRICT_HEATING
      ? energy.heatNetwork
      : activityTypeId === DISTRICT_COOLING
        ? energy.coolingNetwork
        : null;
  return network === null ? options : { ...options, network };
}
