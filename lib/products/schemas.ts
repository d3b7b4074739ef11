import { optionalText, requiredText, z } from "@/lib/validation";

export const ZProductCreate = z.object({
  name: requiredText(120),
  description: optionalText(500, { multiline: true }),
  // What one unit of the product is ("booking", "request", "user-month"): emissions are reported per unit.
  functionalUnit: requiredText(60),
});
export type TProductCreate = z.infer<typeof ZProductCreate>;

// A product never changes organisation, so editing takes exactly the creation fields.
export const ZProductUpdate = ZProductCreate;
export type TProductUpdate = z.infer<typeof ZProductUpdate>;
