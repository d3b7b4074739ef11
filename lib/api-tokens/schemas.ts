import { requiredText, ZId, z } from "@/lib/validation";
import { TOKEN_ROLES } from "@/lib/api-tokens/roles";

// The settings page's form and the server share these (app/actions/api-tokens.ts).
export const TOKEN_LIFETIMES_DAYS = [30, 90, 365] as const;

export const ZApiTokenCreate = z.strictObject({
  name: requiredText(80),
  role: z.enum(TOKEN_ROLES),
  // Days until it expires, or "never".
  lifetime: z.enum(["30", "90", "365", "never"]),
});
export type TApiTokenCreate = z.output<typeof ZApiTokenCreate>;

export const ZApiTokenRevoke = z.strictObject({ id: ZId });
