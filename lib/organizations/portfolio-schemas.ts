import { ZCountryCode } from "@/lib/sites/schemas";
import { optionalInt, z } from "@/lib/validation";

// A consultant adding a client organisation: shared by the browser form and the server action.
export const ZClientCreate = z.object({
  firmId: z.string().min(1).max(64),
  name: z.string().trim().min(2).max(120),
  country: ZCountryCode,
  headcount: optionalInt(0, 10_000_000),
});
export type TClientCreate = z.infer<typeof ZClientCreate>;
