import { ZCountryCode } from "@/lib/sites/schemas";
import { optionalUserInteger, requiredText, ZId, z } from "@/lib/validation";

// A consultant adding a client organisation: shared by the browser form and the server action. Built for
// the user's locale, which decides how a typed headcount reads.
export const zClientCreate = (locale: string) =>
  z.object({
    firmId: ZId,
    name: requiredText(120, { min: 2 }),
    country: ZCountryCode,
    headcount: optionalUserInteger(locale, { min: 0, max: 10_000_000 }),
  });
export type TClientCreate = z.output<ReturnType<typeof zClientCreate>>;
