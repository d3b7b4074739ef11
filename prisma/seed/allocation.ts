// Demo allocation keys (issue 19): Nuage Analytics splits its shared posts between its two products in
// its open periods — office energy, upstream energy, equipment and commuting by the headcount working on
// each product, purchases by each product's revenue, business travel by custom percentages. Waste keeps
// no key, so the allocation page shows an unallocated rest. Saved through the app's own store (audited).
// Idempotent: an organisation that already has a key is left as it is.
import type { Db } from "@/lib/db/client";
import { zAllocationKey } from "@/lib/allocation/schemas";
import { setAllocationKey } from "@/lib/allocation/store";

type TDemoKey = { post: string; kind: "HEADCOUNT" | "REVENUE" | "CUSTOM"; inputs: Record<string, string> };

// People per product (of 79 in 2024 and 85 in 2025; the rest work on neither) and revenue per product (€).
const byYear = (year: number): TDemoKey[] => {
  const headcount =
    year === 2024
      ? { "Nuage Insights": "48", "Nuage Reports": "19" }
      : { "Nuage Insights": "52", "Nuage Reports": "21" };
  const revenue =
    year === 2024
      ? { "Nuage Insights": "5600000", "Nuage Reports": "2300000" }
      : { "Nuage Insights": "6300000", "Nuage Reports": "2500000" };
  return [
    ...["scope1", "scope2", "3.2", "3.3", "3.7"].map((post) => ({
      post,
      kind: "HEADCOUNT" as const,
      inputs: headcount,
    })),
    { post: "3.1", kind: "REVENUE", inputs: revenue },
    { post: "3.6", kind: "CUSTOM", inputs: { "Nuage Insights": "65", "Nuage Reports": "35" } },
  ];
};

const DEMO_KEYS: Record<string, { years: number[]; keys: (year: number) => TDemoKey[] }> = {
  "nuage-analytics": { years: [2024, 2025], keys: byYear },
};

export async function seedDemoAllocation(db: Db, slugs: string[]) {
  for (const slug of slugs) {
    const demo = DEMO_KEYS[slug];
    if (!demo) continue;
    const organization = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const organizationId = organization.id;
    if ((await db.allocationKey.count({ where: { organizationId } })) > 0) continue;
    const manager = await db.membership.findFirstOrThrow({
      where: { organizationId, role: "MANAGER" },
      select: { user: { select: { id: true, email: true } } },
    });
    const products = await db.product.findMany({ where: { organizationId }, select: { id: true, name: true } });
    const productId = (name: string) => {
      const product = products.find((p) => p.name === name);
      if (!product) throw new Error(`demo allocation: no product ${name} in ${slug}`);
      return product.id;
    };
    for (const year of demo.years) {
      const period = await db.reportingPeriod.findFirstOrThrow({
        where: { organizationId, year },
        select: { id: true },
      });
      for (const key of demo.keys(year)) {
        const input = zAllocationKey("en").parse({
          periodId: period.id,
          post: key.post,
          kind: key.kind,
          inputs: Object.entries(key.inputs).map(([name, value]) => ({ productId: productId(name), value })),
        });
        await setAllocationKey(db, { organizationId, actor: manager.user }, input);
      }
    }
  }
}
