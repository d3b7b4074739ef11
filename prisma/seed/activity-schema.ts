import { z } from "zod";

// prisma/seed/demo-activity.json: annual quantities per series, expanded into rows by activity.ts.
const ZYear = z.string().regex(/^\d{4}$/);
const ZKey = z.string().regex(/^[a-z0-9-]+$/);

export const DEMO_PROFILES = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  office: [1.1, 1.05, 1, 0.95, 0.95, 0.9, 0.8, 0.55, 0.95, 1, 1.05, 1.1], // the August dip
  heating: [17, 15, 12, 7, 3, 1, 0, 0, 2, 7, 13, 17], // no heating in July and August
  cooling: [0.85, 0.85, 0.9, 0.95, 1.05, 1.15, 1.25, 1.2, 1.05, 0.95, 0.9, 0.85], // cold rooms work harder in summer
} as const;

const ZSeries = z.strictObject({
  key: ZKey,
  label: z.string().min(1),
  activityTypeId: z.string().min(1),
  unit: z.string().min(1),
  site: z.string().nullable().default(null),
  product: z.string().nullable().default(null),
  region: z.string().nullable().default(null),
  split: z.enum(["monthly", "quarterly", "annual"]),
  profile: z.enum(Object.keys(DEMO_PROFILES) as [keyof typeof DEMO_PROFILES]).default("flat"),
  decimals: z.number().int().min(0).max(3).default(0),
  options: z.record(z.string(), z.unknown()).default({}),
  uncertaintyPct: z.number().min(0).nullable().default(null),
  evidenceNote: z.string().nullable().default(null),
  perYear: z.record(ZYear, z.number().positive()),
});
export type TDemoSeries = z.output<typeof ZSeries>;

const ZFlightSeries = z.strictObject({
  key: ZKey,
  label: z.string().min(1),
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  returnTrip: z.boolean(),
  passengers: z.number().int().positive().default(1),
  perYear: z.record(ZYear, z.number().int().positive()),
});
export type TDemoFlights = z.output<typeof ZFlightSeries>;

export const ZDemoActivity = z.strictObject({
  $comment: z.string(),
  organizations: z.array(
    z.strictObject({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      actor: z.string().email(), // the member who "entered" the data
      series: z.array(ZSeries),
      flights: z.array(ZFlightSeries),
    }),
  ),
});
export type TDemoActivity = z.output<typeof ZDemoActivity>;
export type TDemoActivityOrg = TDemoActivity["organizations"][number];
