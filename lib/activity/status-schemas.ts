import { requiredText, ZId, z } from "@/lib/validation";

// Inputs of the status actions (app/actions/activity-status.ts), shared with the review screens.
export const MAX_STATUS_BATCH = 500;
export const ZActivityIds = z.strictObject({ ids: z.array(ZId).min(1).max(MAX_STATUS_BATCH) });
export type TActivityIds = z.output<typeof ZActivityIds>;

// The contributor reads the reason on the line: required, a few lines at most.
export const ZActivityReject = z.strictObject({ id: ZId, comment: requiredText(1000, { multiline: true }) });
export type TActivityReject = z.output<typeof ZActivityReject>;
