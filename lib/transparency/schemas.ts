import { zIdList } from "@/lib/targets/posts";
import { z } from "@/lib/validation";

// The two shapes of the public transparency page: what a manager chooses when publishing (the form and the
// server action share it), and the snapshot stored at publication, the only thing the public route renders.
// Both are strict: a smuggled field (an organizationId, an id in the snapshot) is refused, never kept.

export const SECTION_KEYS = ["totals", "baseYear", "targets", "actions", "methodology", "contributions"] as const;
export type TSectionKey = (typeof SECTION_KEYS)[number];

// A readable address: lowercase letters, digits and single hyphens, 3–40 characters. At most 40 so it can
// never be mistaken for a token (always 43 characters).
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ZSlug = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string()
    .max(40)
    .refine((s) => s === "" || (s.length >= 3 && SLUG_PATTERN.test(s)), { message: "transparency.validation.slug" })
    .transform((s) => (s === "" ? null : s)),
);

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const ZPublishInput = z
  .object({
    slug: ZSlug.optional().transform((s) => s ?? null),
    periodIds: zIdList(),
    totals: checkbox,
    baseYear: checkbox,
    targets: checkbox,
    actions: checkbox,
    methodology: checkbox,
    contributions: checkbox,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!SECTION_KEYS.some((key) => input[key]))
      ctx.addIssue({ code: "custom", path: ["_form"], message: "transparency.validation.noSection" });
    if ((input.totals || input.methodology) && input.periodIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["periodIds"], message: "transparency.validation.noPeriod" });
    if (input.periodIds.length > 10)
      ctx.addIssue({ code: "custom", path: ["periodIds"], message: "validation.tooBig?max=10" });
  });
export type TPublishInput = z.output<typeof ZPublishInput>;
export type TSections = Omit<TPublishInput, "slug">;

/** The choices stored with the page (TransparencyPage.sections), read back for the management form. */
export const ZStoredSections = z.object({
  periodIds: z.array(z.string()),
  totals: z.boolean(),
  baseYear: z.boolean(),
  targets: z.boolean(),
  actions: z.boolean(),
  methodology: z.boolean(),
  contributions: z.boolean(),
});

// ---- The snapshot: figures and names only. kg as numbers (6 decimals at most, from the reporting layer).

const ZKg = z.number().finite();
const ZPost = z.string().regex(/^(scope[12]|3\.(?:[1-9]|1[0-5]))$/);
const ZPeriodFigure = z.object({ label: z.string(), year: z.int(), kg: ZKg }).strict();

const ZTotalsPeriod = z
  .object({
    label: z.string(),
    year: z.int(),
    kg: ZKg,
    scopes: z.object({ scope1: ZKg, scope2: ZKg, scope3: ZKg }).strict(),
    posts: z.array(z.object({ key: ZPost, kg: ZKg }).strict()),
  })
  .strict();

const ZTargetSnapshot = z
  .object({
    name: z.string(),
    kind: z.enum(["ABSOLUTE", "INTENSITY_REVENUE", "INTENSITY_EMPLOYEE"]),
    preset: z.enum(["SBTI_1_5", "SBTI_WB2", "CUSTOM_PATH", "CUSTOM"]),
    baseYear: z.int(),
    targetYear: z.int(),
    reductionPct: z.number(),
    posts: z.array(ZPost),
    series: z.array(
      z.object({ year: z.int(), actual: ZKg.nullable(), target: ZKg.nullable(), projected: ZKg.nullable() }).strict(),
    ),
    gap: z
      .object({ year: z.int(), allowed: ZKg, projected: ZKg, gap: ZKg, gapPct: z.number().nullable() })
      .strict()
      .nullable(),
  })
  .strict();

const ZActionSnapshot = z
  .object({
    title: z.string(),
    type: z.enum(["REDUCTION", "AVOIDED"]),
    status: z.enum(["IDEA", "PLANNED", "IN_PROGRESS", "DONE", "ABANDONED"]),
    posts: z.array(ZPost),
    expectedKg: ZKg.nullable(),
    progressPct: z.int().min(0).max(100),
  })
  .strict();

const ZTonnes = z.object({ tonnes: z.number() }).strict();
const ZContributionsSnapshot = z
  .object({
    projects: z.array(
      z
        .object({
          name: z.string(),
          kind: z.enum(["AVOIDANCE", "REMOVAL"]),
          standard: z.string().nullable(),
          registry: z.string().nullable(),
          vintage: z.int(),
          tonnes: z.number(),
        })
        .strict(),
    ),
    totals: z.object({ avoidance: ZTonnes, removal: ZTonnes, all: ZTonnes }).strict(),
  })
  .strict();

export const ZSnapshot = z
  .object({
    version: z.literal(1),
    organizationName: z.string(),
    takenAt: z.iso.datetime(),
    basis: z.object({ statuses: z.literal("validated"), scope2: z.literal("location") }).strict(),
    totals: z.array(ZTotalsPeriod).nullable(),
    baseYear: z
      .object({ base: ZPeriodFigure, latest: ZPeriodFigure, changePct: z.number().nullable() })
      .strict()
      .nullable(),
    targets: z.array(ZTargetSnapshot).nullable(),
    actions: z.array(ZActionSnapshot).nullable(),
    methodology: z
      .object({ sources: z.array(z.object({ source: z.string(), kg: ZKg }).strict()) })
      .strict()
      .nullable(),
    contributions: ZContributionsSnapshot.nullable(),
  })
  .strict();
export type TSnapshot = z.output<typeof ZSnapshot>;
