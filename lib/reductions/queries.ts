import "server-only";
import type { Db } from "@/lib/db/client";
import { achievedOf, measuredPeriods, yoyCache, type TAchieved, type TPeriodYear } from "@/lib/reductions/achieved";
import { expectedKgOf } from "@/lib/reductions/expected";
import { postKgsByPeriod, type TPostKgs } from "@/lib/targets/measure";

// The action plan as pages show it: each action with its expected annual reduction in kg (a percentage
// converted on the linked posts' latest emissions), cost per tCO2e, and the achieved reduction measured by
// the reporting layer beside it.

export type TActionView = Awaited<ReturnType<typeof listActions>>["actions"][number];

/** The organisation's periods holding covered (validated) emissions, oldest first, with their kg by post. */
export async function periodsWithData(db: Db, organizationId: string) {
  const periods = await db.reportingPeriod.findMany({
    where: { organizationId },
    orderBy: { year: "asc" },
    select: { id: true, year: true, label: true },
  });
  const byPeriod = await postKgsByPeriod(
    db,
    organizationId,
    periods.map((p) => p.id),
  );
  const withData = periods.filter((p) => Object.values(byPeriod.get(p.id) ?? {}).some((kg) => kg !== 0));
  return { periods, withData, byPeriod };
}

export async function listActions(
  db: Db,
  organizationId: string,
  data?: { withData: TPeriodYear[]; byPeriod: Map<string, TPostKgs> },
) {
  const [actions, measured] = await Promise.all([
    db.reductionAction.findMany({
      where: { organizationId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: { owner: { select: { id: true, name: true, email: true } } },
    }),
    data ?? periodsWithData(db, organizationId),
  ]);
  const latest = measured.withData.at(-1);
  const latestByPost = latest ? (measured.byPeriod.get(latest.id) ?? {}) : {};
  const yoy = yoyCache(db, organizationId);
  const views = await Promise.all(
    actions.map(async (a) => {
      const expectedKg = expectedKgOf(a, latestByPost);
      const pair =
        a.type === "REDUCTION" && a.posts.length > 0
          ? measuredPeriods(measured.withData, a.startDate?.getUTCFullYear() ?? null)
          : null;
      const achieved: TAchieved | null = pair
        ? achievedOf(await yoy(pair.from.id, pair.to.id), a.posts, pair.from, pair.to)
        : null;
      const cost = a.costEur === null ? null : Number(a.costEur);
      return {
        id: a.id,
        title: a.title,
        description: a.description,
        type: a.type,
        status: a.status,
        posts: a.posts,
        siteIds: a.siteIds,
        productIds: a.productIds,
        owner: a.owner ? { id: a.owner.id, name: a.owner.name ?? a.owner.email } : null,
        startDate: a.startDate?.toISOString().slice(0, 10) ?? null,
        endDate: a.endDate?.toISOString().slice(0, 10) ?? null,
        expectedUnit: a.expectedUnit,
        expectedValue: a.expectedValue === null ? null : a.expectedValue.toString(),
        expectedKg,
        costEur: cost,
        costPerTonne: cost !== null && expectedKg ? Math.round((cost / (expectedKg / 1000)) * 100) / 100 : null,
        progressPct: a.progressPct,
        achieved,
      };
    }),
  );
  return { actions: views, latestYear: latest?.year ?? null };
}
