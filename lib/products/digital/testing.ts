import type { TDigitalModel } from "@/lib/products/digital/schemas";

// The journey: 2 M requests a month, 1.2 MB each, 40 % mobile, users in France, Germany, the US.
export const JOURNEY_MODEL: TDigitalModel = {
  method: "SWD_V4",
  monthlyRequests: 2_000_000,
  mbUpPerRequest: 0,
  mbDownPerRequest: 1.2,
  mobileSharePct: 40,
  devices: {
    smartphone: { minutes: 3 },
    tablet: { sharePct: 10, minutes: 4 },
    laptop: { sharePct: 70, minutes: 5 },
    desktop: { sharePct: 20, minutes: 5 },
  },
  countries: [
    { country: "FR", sharePct: 50 },
    { country: "DE", sharePct: 30 },
    { country: "US", sharePct: 20 },
  ],
};
