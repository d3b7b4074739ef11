// "Generic before specific": the factors the calculation engine picks by default for an activity type
// (grid electricity, road diesel B7, TGV 2022, the monetary ratio for IT services…) are, by the
// methodology's own choice, the common factor for what people search. Search ranks them first among
// equally good matches. Refs are `source:sourceId`, version-free like the mapping tables. The generic
// spend.ratio type offers every monetary ratio on an explicit category choice, so it sets no default.
import { loadCalcMappings } from "@/lib/calc/mappings";

let refs: string[] | undefined;

export function defaultFactorRefs(): string[] {
  refs ??= [
    ...new Set(
      [...loadCalcMappings().activityTypes.values()].flatMap((type) =>
        type.spendRatio && type.spendRatio.category === undefined
          ? []
          : type.candidates.flatMap((c) =>
              // A named heating/cooling network is a site's choice, not the default ("other networks" is).
              "factor" in c &&
              !c.factor.startsWith("gwp:") &&
              !c.factor.startsWith("assessed:") &&
              (c.when?.network === undefined || c.when.network === type.optionDefaults?.network)
                ? [c.factor]
                : [],
            ),
      ),
    ),
  ].sort();
  return refs;
}
