import { ZFactorSource } from "@/lib/factors/record";
import { requiredText, z } from "@/lib/validation";

// Which release update a manager asks for: from the apply button, or from the page's ?preview= parameter
// (never trusted: parsed here, then resolved against the installed releases and the organisation).
export const ZReleaseRef = z.object({
  source: ZFactorSource,
  version: requiredText(100),
});
export type TReleaseRefInput = z.output<typeof ZReleaseRef>;
