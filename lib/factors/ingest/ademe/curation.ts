import { z } from "zod";
import raw from "./curation.json";

const ZCuration = z.object({
  $comment: z.string(),
  requiredIds: z.record(z.string().regex(/^\d+$/), z.string()),
  review: z.record(z.string().regex(/^\d+$/), z.string().min(1)),
  categoryRoots: z.array(z.string().min(1)),
  categoryPrefixes: z.array(z.string().min(1)),
  monetaryRatioYears: z.array(z.number().int()),
  gwpSets: z.array(z.enum(["AR4", "AR5", "AR6"])),
});
export type TAdemeCuration = z.infer<typeof ZCuration>;

export const ADEME_CURATION: TAdemeCuration = ZCuration.parse(raw);

/** The licence carve-out: ecoinvent-derived elements may not be redistributed. */
export const mentionsEcoinvent = (...texts: (string | null)[]) =>
  texts.some((t) => t != null && /eco.?invent/i.test(t));
