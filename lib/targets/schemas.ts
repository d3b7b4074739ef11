import { parseUserNumber } from "@/lib/numbers/user-number";
import { POST_KEYS, zIdList } from "@/lib/targets/posts";
import { requiredText, userDecimal, ZId, z } from "@/lib/validation";

export const TARGET_KINDS = ["ABSOLUTE", "INTENSITY_REVENUE", "INTENSITY_EMPLOYEE"] as const;
export const TARGET_PRESETS = ["SBTI_1_5", "SBTI_WB2", "CUSTOM_PATH", "CUSTOM"] as const;

const ZYear = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number().int({ error: "validation.integer" }).min(2000).max(2100),
);

const ZPathPoint = z.object({ year: ZYear, reductionPct: z.number().min(0).max(100) }).strict();

/**
 * A custom path typed one year a line, "2026 20" or "2026: 20,5" (the reduction in % from the base year,
 * read the user's way). Empty = no points.
 */
const zPathText = (locale: string) =>
  z
    .string()
    .max(2000)
    .optional()
    .transform((text, ctx) => {
      const points: { year: number; reductionPct: number }[] = [];
      for (const line of (text ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)) {
        const match = /^(\d{4})\s*[:;=\s]\s*(.+?)\s*%?$/.exec(line);
        const pct = match ? parseUserNumber(match[2]!, locale) : null;
        if (!match || pct === null || Number(pct) < 0 || Number(pct) > 100) {
          ctx.addIssue({ code: "custom", message: "trajectory.validation.pathLine", input: line });
          return z.NEVER;
        }
        points.push({ year: Number(match[1]), reductionPct: Number(pct) });
      }
      return points;
    });

// Built for the user's locale: the reduction is typed "42,5" in French. The base year's period is checked
// against the organisation (and the target year against it) by createTarget, which knows the period.
export const zTargetCreate = (locale: string) =>
  z
    .object({
      name: requiredText(120),
      kind: z.enum(TARGET_KINDS),
      preset: z.enum(TARGET_PRESETS),
      basePeriodId: ZId,
      targetYear: ZYear,
      reductionPct: userDecimal(locale, { min: "0.01", max: 100, maxFractionDigits: 2 }),
      posts: z.array(z.enum(POST_KEYS)).min(1, { error: "trajectory.validation.posts" }).max(POST_KEYS.length),
      siteIds: zIdList(),
      // The form checks the text in the browser and sends the points it read: both are accepted.
      pathText: z.union([z.array(ZPathPoint).max(100), zPathText(locale)]),
    })
    .strict();
export type TTargetCreate = z.output<ReturnType<typeof zTargetCreate>>;
