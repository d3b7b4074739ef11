import { z } from "@/lib/validation";

// The hosting view's query string (filters, sort, page) and the product-by-tag rule, checked at the boundary.
// Unknown or malformed parameters fall back to "no filter" rather than failing the page.

export const HOSTING_SORTS = ["name", "provider", "region", "type", "gwpEmbedded", "gwpUse", "inventory"] as const;
export type THostingSort = (typeof HOSTING_SORTS)[number];

const optionalText = z.string().trim().min(1).max(200).optional().catch(undefined);

export const ZHostingFilter = z
  .object({
    periodId: optionalText,
    provider: optionalText,
    region: optionalText,
    type: optionalText,
    productId: optionalText, // a product's id, or "none": assessed resources with no product yet
    assessed: z.enum(["yes", "no"]).optional().catch(undefined),
    tagKey: optionalText,
    tagValue: z.string().max(200).optional().catch(undefined),
    sort: z.enum(HOSTING_SORTS).catch("inventory"),
    dir: z.enum(["asc", "desc"]).catch("desc"),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  })
  // A tag filter needs its key; a value alone means nothing.
  .transform((f) => (f.tagKey === undefined ? { ...f, tagValue: undefined } : { ...f, tagValue: f.tagValue ?? "" }));
export type THostingFilter = z.infer<typeof ZHostingFilter>;

/** Reads URL search params (a Next page's `searchParams`) into a filter: the first value of each key. */
export function hostingFilterOf(params: Record<string, string | string[] | undefined>): THostingFilter {
  const first = Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== ""),
  );
  return ZHostingFilter.parse(first);
}

// "Every resource tagged app=booking belongs to the product Réservations": applied to the GWP rows the
// resources put in the inventory. productId null takes the product off.
const tagMatch = {
  periodId: z.string().min(1).max(40),
  tagKey: z.string().trim().min(1).max(200),
  tagValue: z.string().trim().max(200),
};
// "" in the form's select: no product / no site
const optionalId = z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(40).nullable());
export const ZProductByTag = z.strictObject({ ...tagMatch, productId: optionalId });
export type TProductByTag = z.infer<typeof ZProductByTag>;
export const ZSiteByTag = z.strictObject({ ...tagMatch, siteId: optionalId });
export type TSiteByTag = z.infer<typeof ZSiteByTag>;
export type TTagMatch = Pick<TProductByTag, "periodId" | "tagKey" | "tagValue">;
/** The hosting view's rule form: a product or a site, sent to the action of its target. */
export const ZTagRuleForm = z.strictObject({ ...tagMatch, targetId: z.string().max(40) });

/** The hosting view's address for a filter (defaults left out), e.g. to sort by a column or turn a page. */
export function hostingHref(org: string, filter: Partial<THostingFilter>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === "") continue;
    if (
      (key === "page" && value === 1) ||
      (key === "sort" && value === "inventory") ||
      (key === "dir" && value === "desc")
    )
      continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return `/${org}/imports/hosting${query ? `?${query}` : ""}`;
}

// An estimate for a resource the tool could not assess (an unknown instance type): kgCO2e per phase for
// the period the import covers, typed or copied from the mean of an assessed type, with the reason.
const ZEstimateKg = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(/\s/g, "").replace(",", ".") : v),
  z.union([z.literal(""), z.coerce.number().min(0).max(1e9)]),
);
export const ZResourceEstimate = z
  .strictObject({
    resourceId: z.string().min(1).max(40),
    embeddedKg: ZEstimateKg,
    useKg: ZEstimateKg,
    note: z.string().trim().min(3).max(500),
  })
  .refine((e) => e.embeddedKg !== "" || e.useKg !== "", {
    error: "imports.hosting.estimate.oneFigure",
    path: ["embeddedKg"],
  });
export type TResourceEstimate = z.infer<typeof ZResourceEstimate>;
