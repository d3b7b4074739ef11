// Category paths in the user's language. Publishers write their trees in one language (ADEME French,
// DESNZ and Ember English); categories.json translates every segment and gathers the top-level
// categories of all publishers into one filter list ("Electricité", "Electricity" and "UK electricity"
// become one "Electricity" / "Électricité" entry).
import { z } from "zod";
import raw from "@/lib/factors/labels/categories.json";
import type { Locale } from "@/i18n/config";

const ZCategoryLabels = z.object({
  $comment: z.string(),
  sourceLanguages: z.record(z.string(), z.enum(["fr", "en"])),
  groups: z.array(
    z.object({
      key: z.string().regex(/^[a-z-]+$/),
      fr: z.string().min(1),
      en: z.string().min(1),
      topLevel: z.array(z.string().min(1)).min(1),
    }),
  ),
  segments: z.object({ fr: z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) }),
});
export const CATEGORY_LABELS = ZCategoryLabels.parse(raw);

const GROUP_BY_KEY = new Map(CATEGORY_LABELS.groups.map((g) => [g.key, g]));
const GROUP_BY_TOP_LEVEL = new Map(CATEGORY_LABELS.groups.flatMap((g) => g.topLevel.map((t) => [t, g] as const)));

/** The language a source publishes in (French when unknown: custom factors are typed by French users). */
export function sourceLanguage(source: string): Locale {
  return CATEGORY_LABELS.sourceLanguages[source] ?? "fr";
}

/** One segment of a source's category path, in `locale` (as published when no translation exists). */
export function categorySegmentLabel(source: string, segment: string, locale: Locale): string {
  const published = sourceLanguage(source);
  if (published === locale) return segment;
  return CATEGORY_LABELS.segments[published][segment] ?? segment;
}

export function categoryPathLabel(source: string, path: string[], locale: Locale): string[] {
  return path.map((segment) => categorySegmentLabel(source, segment, locale));
}

/**
 * The category filter's choices for the installed top-level categories: one per group, in `locale`,
 * sorted; a top-level category no group claims is offered as published.
 */
export function categoryFilterOptions(topLevels: string[], locale: Locale): Array<{ value: string; label: string }> {
  const options = new Map<string, string>();
  for (const top of topLevels) {
    const group = GROUP_BY_TOP_LEVEL.get(top);
    options.set(group?.key ?? top, group?.[locale] ?? top);
  }
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The published top-level categories a filter value stands for (a group key, or one category). */
export function topLevelsOf(filter: string): string[] {
  return GROUP_BY_KEY.get(filter)?.topLevel ?? [filter];
}
