import { z } from "zod";
import { ZFactorUnit } from "@/lib/factors/record";
import raw from "./config.json";

const ZDesnzConfig = z.object({
  $comment: z.string(),
  sheet: z.string().min(1),
  headerRow: z.number().int().positive(),
  includedLevel1: z.array(z.string().min(1)),
  units: z.record(z.string().min(1), ZFactorUnit),
  unitsNotShipped: z.array(z.string().min(1)),
  ghgUnits: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
});

export const DESNZ_CONFIG = ZDesnzConfig.parse(raw);
