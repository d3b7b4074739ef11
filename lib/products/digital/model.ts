import { DEVICE_POWER_W, DEVICE_TYPES, SWD_V4, type TDeviceType } from "@/lib/products/digital/constants";
import type { TDigitalModel } from "@/lib/products/digital/schemas";

// The digital-use model as activity data: pure functions, no database. The same functions produce the
// stored activities (lib/products/digital/compute.ts) and the sensitivity variants (never written), so the
// page's "what if" figures and the inventory can never disagree. Only the network and the users' devices
// are modelled: servers are already in the inventory (hosting lines, Boavizta imports tagged with the
// product) and are never counted twice.

export type TModelPart = "network" | "devices";

export type TModelActivity = {
  activityTypeId: string;
  region: string; // the users' country (ISO alpha-2); WORLD for SWD embodied emissions (country-independent)
  quantity: number;
  unit: "GB" | "kWh" | "kgCO2e";
  part: TModelPart;
};

const MONTHS = 12;
export const PRODUCT_USE_PREFIX = "digital.product_use.";

/** GB transferred in a year (decimal GB, as CO2.js: 1 GB = 10⁹ bytes). */
export const annualGb = (m: TDigitalModel) =>
  (m.monthlyRequests * MONTHS * (m.mbUpPerRequest + m.mbDownPerRequest)) / 1000;

/** Share (0–1) of the requests made on each device type: smartphones are the mobile share. */
export function deviceShares(m: TDigitalModel): Record<TDeviceType, number> {
  const mobile = m.mobileSharePct / 100;
  const rest = 1 - mobile;
  return {
    smartphone: mobile,
    tablet: (rest * m.devices.tablet.sharePct) / 100,
    laptop: (rest * m.devices.laptop.sharePct) / 100,
    desktop: (rest * m.devices.desktop.sharePct) / 100,
  };
}

/** kWh the users' devices draw per request (ADEME-Arcep): Σ share × minutes × active power. */
export function deviceKwhPerRequest(m: TDigitalModel): number {
  const shares = deviceShares(m);
  return DEVICE_TYPES.reduce((sum, d) => sum + (shares[d] * m.devices[d].minutes * DEVICE_POWER_W[d]) / 60 / 1000, 0);
}

function ademeArcep(m: TDigitalModel): TModelActivity[] {
  const gb = annualGb(m);
  const mobile = m.mobileSharePct / 100;
  const deviceKwh = m.monthlyRequests * MONTHS * deviceKwhPerRequest(m);
  return m.countries.flatMap(({ country, sharePct }) => {
    const s = sharePct / 100;
    return [
      {
        activityTypeId: `${PRODUCT_USE_PREFIX}network_fixed`,
        region: country,
        quantity: gb * s * (1 - mobile),
        unit: "GB" as const,
        part: "network" as const,
      },
      {
        activityTypeId: `${PRODUCT_USE_PREFIX}network_mobile`,
        region: country,
        quantity: gb * s * mobile,
        unit: "GB" as const,
        part: "network" as const,
      },
      {
        activityTypeId: `${PRODUCT_USE_PREFIX}device_electricity`,
        region: country,
        quantity: deviceKwh * s,
        unit: "kWh" as const,
        part: "devices" as const,
      },
    ];
  });
}

function swdV4(m: TDigitalModel): TModelActivity[] {
  const gb = annualGb(m);
  const { operationalKwhPerGb: op, embodiedKwhPerGb: emb, embodiedGridIntensity } = SWD_V4;
  const operational = m.countries.flatMap(({ country, sharePct }) => {
    const countryGb = (gb * sharePct) / 100;
    return [
      {
        activityTypeId: `${PRODUCT_USE_PREFIX}swd_network_energy`,
        region: country,
        quantity: countryGb * op.network,
        unit: "kWh" as const,
        part: "network" as const,
      },
      {
        activityTypeId: `${PRODUCT_USE_PREFIX}swd_device_energy`,
        region: country,
        quantity: countryGb * op.device,
        unit: "kWh" as const,
        part: "devices" as const,
      },
    ];
  });
  // Embodied energy uses SWD's global intensity whatever the country: one activity per segment.
  const embodiedKg = (kwhPerGb: number) => (gb * kwhPerGb * embodiedGridIntensity) / 1000;
  return [
    ...operational,
    {
      activityTypeId: `${PRODUCT_USE_PREFIX}swd_network_embodied`,
      region: "WORLD",
      quantity: embodiedKg(emb.network),
      unit: "kgCO2e",
      part: "network",
    },
    {
      activityTypeId: `${PRODUCT_USE_PREFIX}swd_device_embodied`,
      region: "WORLD",
      quantity: embodiedKg(emb.device),
      unit: "kgCO2e",
      part: "devices",
    },
  ];
}

/** The model's activities for one year of use; zero quantities are dropped (nothing to book). */
export function modelActivities(m: TDigitalModel): TModelActivity[] {
  return (m.method === "SWD_V4" ? swdV4(m) : ademeArcep(m)).filter((a) => a.quantity > 0);
}

export const partOfActivityType = (activityTypeId: string): TModelPart | null =>
  !activityTypeId.startsWith(PRODUCT_USE_PREFIX) ? null : /network/.test(activityTypeId) ? "network" : "devices";
