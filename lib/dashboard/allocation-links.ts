import { linesHref } from "@/lib/dashboard/drill-link";

// Drill-down from a product's total to what makes it: its own lines (tagged with it), and for each
// allocated post the post's lines without a product that the key split.

export function productLinesHref(org: string, periodId: string, productId: string): string {
  return linesHref(org, { period: periodId, basis: "submitted", filters: { productIds: [productId] } });
}

export function untaggedPostLinesHref(org: string, periodId: string, post: string): string {
  const scope = (post.startsWith("scope") ? Number(post.slice(5)) : 3) as 1 | 2 | 3;
  const ghgCategories = post.startsWith("3.") ? [Number(post.slice(2))] : undefined;
  return linesHref(org, {
    period: periodId,
    basis: "submitted",
    filters: { scopes: [scope], ...(ghgCategories ? { ghgCategories } : {}), withoutProduct: true },
  });
}
