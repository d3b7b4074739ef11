import { fromMillionths, splitByWeights, toMillionths, type TShare } from "@/lib/allocation/shares";

// One period's allocation, from the reporting layer's sums (kg by post and product) and the stored keys:
// lines tagged with a product count for it directly; each post's untagged part goes to products by the
// post's key, or stays unallocated (no key, or a key whose weights are all zero). Pure: nothing is read
// or written here, so Σ products + unallocated = organisation total is checked on exact integers.

export const ALLOCATION_KINDS = ["REVENUE", "HEADCOUNT", "HOSTING", "CUSTOM"] as const;
export type TAllocationKind = (typeof ALLOCATION_KINDS)[number];

/** One group of the period's lines: a post ("scope1", "3.1"…) and a product (null = untagged). */
export type TPostProductKg = { post: string; productId: string | null; kg: string };
export type TStoredKey = { post: string; kind: TAllocationKind; inputs: { productId: string; value: string }[] };

export type TPostAllocation = {
  post: string;
  kg: string; // every line of the post
  directKg: Record<string, string>; // lines tagged with each product
  taggedKg: string; // Σ directKg
  untaggedKg: string; // lines without a product: what a key allocates
  key: { kind: TAllocationKind; weights: { productId: string; weight: string }[] } | null;
  shares: TShare[]; // empty when nothing was allocated
  allocatedKg: string;
  unallocatedKg: string;
};

export type TProductAllocation = {
  productId: string;
  directKg: string;
  allocatedKg: string;
  totalKg: string;
  posts: { post: string; kind: TAllocationKind; weight: string; share: string; kg: string }[];
};

export type TPeriodAllocation = {
  organizationKg: string;
  unallocatedKg: string;
  posts: TPostAllocation[];
  products: TProductAllocation[];
};

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/** The weights a key splits by: its inputs, or for a hosting key the products' Boavizta kg. */
function weightsOf(key: TStoredKey, productIds: string[], hostingKg: Record<string, string>) {
  if (key.kind === "HOSTING") {
    return productIds.map((productId) => ({ productId, weight: positive(hostingKg[productId]) }));
  }
  const byProduct = new Map(key.inputs.map((i) => [i.productId, i.value]));
  return productIds.map((productId) => ({ productId, weight: byProduct.get(productId) ?? "0" }));
}

// A product whose Boavizta lines net to a negative figure (corrections) weighs nothing.
const positive = (kg: string | undefined) => (kg === undefined || kg.startsWith("-") ? "0" : kg);

export function allocatePeriod(input: {
  productIds: string[]; // the organisation's products, in display order
  groups: TPostProductKg[];
  keys: TStoredKey[];
  hostingKg: Record<string, string>; // Boavizta lines tagged with each product, kg
}): TPeriodAllocation {
  const { productIds } = input;
  const postKeys = [...new Set([...input.groups.map((g) => g.post), ...input.keys.map((k) => k.post)])];
  const products = new Map(
    productIds.map((id) => [id, { direct: 0n, allocated: 0n, posts: [] as TProductAllocation["posts"] }]),
  );
  let organization = 0n;
  let unallocated = 0n;
  const posts = postKeys.map((post): TPostAllocation => {
    const groups = input.groups.filter((g) => g.post === post);
    const direct: Record<string, bigint> = {};
    for (const g of groups) {
      if (g.productId === null) continue;
      direct[g.productId] = (direct[g.productId] ?? 0n) + toMillionths(g.kg);
      const product = products.get(g.productId);
      if (product) product.direct += toMillionths(g.kg);
    }
    const untagged = sum(groups.filter((g) => g.productId === null).map((g) => toMillionths(g.kg)));
    const tagged = sum(Object.values(direct));
    const total = untagged + tagged;
    organization += total;
    const stored = input.keys.find((k) => k.post === post) ?? null;
    const weights = stored ? weightsOf(stored, productIds, input.hostingKg) : [];
    const shares = stored && untagged !== 0n ? (splitByWeights(fromMillionths(untagged), weights) ?? []) : [];
    const allocated = sum(shares.map((s) => toMillionths(s.kg)));
    unallocated += untagged - allocated;
    for (const s of shares) {
      const product = products.get(s.productId);
      if (!product || toMillionths(s.weight) === 0n) continue;
      product.allocated += toMillionths(s.kg);
      product.posts.push({ post, kind: stored!.kind, weight: s.weight, share: s.share, kg: s.kg });
    }
    return {
      post,
      kg: fromMillionths(total),
      directKg: Object.fromEntries(Object.entries(direct).map(([id, kg]) => [id, fromMillionths(kg)])),
      taggedKg: fromMillionths(tagged),
      untaggedKg: fromMillionths(untagged),
      key: stored ? { kind: stored.kind, weights } : null,
      shares,
      allocatedKg: fromMillionths(allocated),
      unallocatedKg: fromMillionths(untagged - allocated),
    };
  });
  return {
    organizationKg: fromMillionths(organization),
    unallocatedKg: fromMillionths(unallocated),
    posts: posts.sort((a, b) => comparePosts(a.post, b.post)),
    products: productIds.map((productId) => {
      const p = products.get(productId)!;
      return {
        productId,
        directKg: fromMillionths(p.direct),
        allocatedKg: fromMillionths(p.allocated),
        totalKg: fromMillionths(p.direct + p.allocated),
        posts: p.posts,
      };
    }),
  };
}

/** scope1, scope2, then 3.1 … 3.15 in numeric order. */
export function comparePosts(a: string, b: string): number {
  const rank = (p: string) => (p.startsWith("scope") ? Number(p.slice(5)) * 100 : 300 + Number(p.slice(2)));
  return rank(a) - rank(b);
}
