// The published figures the two digital-use models rest on. Each is checked against its package by
// constants.test.ts, so a package upgrade that changes one fails the tests instead of drifting silently.

/**
 * Sustainable Web Design model v4, as implemented by CO2.js 0.19.0 (`SWDV4` in its constants): kWh per GB
 * transferred, per segment. The data-centre segment is left out on purpose: servers are in the inventory
 * (hosting lines, Boavizta imports tagged with the product), so the model books network + devices only.
 */
export const SWD_V4 = {
  version: "SWD v4, CO2.js 0.19.0",
  operationalKwhPerGb: { network: 0.059, device: 0.08 },
  embodiedKwhPerGb: { network: 0.013, device: 0.081 },
  /** gCO2e/kWh applied by SWD v4 to embodied energy, whatever the users' country. */
  embodiedGridIntensity: 494,
} as const;

export const DEVICE_TYPES = ["smartphone", "tablet", "laptop", "desktop"] as const;
export type TDeviceType = (typeof DEVICE_TYPES)[number];

/**
 * Power drawn in active use (W), ADEME-Arcep 2022 via @incubateur-ademe/publicodes-acv-numerique 2.1.0:
 * `acv . smartphone / tablette / ordinateur portable . consommation en mode actif`; a desktop is
 * `ordinateur fixe` (70 W) + `écran` (50 W), as the model's own "ordinateur et écran" sums them.
 */
export const DEVICE_POWER_W: Record<TDeviceType, number> = {
  smartphone: 4.5,
  tablet: 20,
  laptop: 26.5,
  desktop: 120,
};
export const DEVICE_POWER_SOURCE = "ADEME-Arcep 2022, publicodes-acv-numerique 2.1.0 (consommation en mode actif)";
