import { z } from "zod";
import raw from "./curation.json";
import wasteRaw from "./curation-waste.json";

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
/** The waste-treatment subset, shipped as the `ademe-waste` release from the same official file. */
export const ADEME_WASTE_CURATION: TAdemeCuration = ZCuration.parse(wasteRaw);

/** The two releases built from one Base Carbone export. */
export type TAdemeSource = "ademe" | "ademe-waste";
export const ADEME_CURATIONS: Readonly<Record<TAdemeSource, TAdemeCuration>> = {
  ademe: ADEME_CURATION,
  "ademe-waste": ADEME_WASTE_CURATION,
};

/** The licence carve-out: ecoinvent-derived elements may not be redistributed. */
export const mentionsEcoinvent = (...texts: (string | null)[]) =>
  texts.some((t) => t != null && /eco.?invent/i.test(t));
