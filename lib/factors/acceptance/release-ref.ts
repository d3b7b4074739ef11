import { ZFactorSource } from "@/lib/factors/record";
import { z } from "@/lib/validation";

// Which release update a manager asks for: from the apply button, or from the page's ?preview= parameter
// (never trusted: parsed here, then resolved against the installed releases and the organisation).
export const ZReleaseRef = z.object({
  source: ZFactorSource,
  version: z.string().trim().min(1).max(100),
});
export type TReleaseRefInput = z.output<typeof ZReleaseRef>;
