import { GWP_SETS } from "@/lib/calc";
import { z } from "@/lib/validation";

// The calculation settings a manager edits per period (form and server action share it).
export const CAPITAL_GOODS_METHODS = ["whole", "amortised"] as const;

export const ZPeriodCalcSettings = z.strictObject({
  gwpSet: z.enum(GWP_SETS),
  includeContrails: z.boolean(),
  capitalGoodsMethod: z.enum(CAPITAL_GOODS_METHODS),
});
export type TPeriodCalcSettingsInput = z.output<typeof ZPeriodCalcSettings>;
