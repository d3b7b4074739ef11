import type { Db } from "@/lib/db/client";
import { loadCompleteness } from "@/lib/completeness/queries";
import { completenessSummary } from "@/lib/dashboard/completeness-summary";
import { Decimal } from "@/lib/numbers/decimal";
import { can, type EffectiveRole } from "@/lib/permissions";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { periodsWithLines } from "@/lib/reporting/periods-with-lines";
import { countOpenRequests, type TOpenRequests } from "@/lib/requests/open-counts";

// A consultant's clients side by side: the latest total (the latest period with validated data), its change
// against the base year, how complete the most recent period is, and the requests still waiting. Every
// figure comes from lib/reporting; a client whose figures the user may not read (e.g. a direct membership
// as contributor wins over the firm's access) shows its name only. Work per client runs in parallel; the
// lookups shared by all clients (roles, periods, periods with data, requests) are one query each.

/** Figures are validated data, scope 2 location-based: the overview's defaults, stated on the page. */
export const PORTFOLIO_BASIS = { statuses: "validated", scope2: "location" } as const;

export type TClientFigures = {
  id: string;
  readable: boolean;
  latest: { periodId: string; label: string; year: number; kg: string } | null;
  baseYear: number | null;
  /** latest − base year (kg) and its ratio to the base year; null when the base year has no data. */
  change: { kg: string; ratio: string | null } | null;
  completeness: { periodLabel: string; categories: number; done: number } | null;
  requests: TOpenRequests;
};

type TClient = { id: string; baseYear: number | null };

export async function loadPortfolioFigures(
  db: Db,
  userId: string,
  clients: TClient[],
  today: string, // YYYY-MM-DD
): Promise<Map<string, TClientFigures>> {
  const ids = clients.map((c) => c.id);
  const memberships = await db.membership.findMany({
    where: { userId, organizationId: { in: ids } },
    select: { organizationId: true, role: true },
  });
  const roles = new Map<string, EffectiveRole>(memberships.map((m) => [m.organizationId, m.role]));
  const readable = ids.filter((id) => can(roles.get(id) ?? "CONSULTANT", "dashboard.read"));
  const [periods, withData, requests] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { organizationId: { in: readable } },
      orderBy: { year: "desc" },
      select: { id: true, organizationId: true, year: true, label: true },
    }),
    periodsWithLines(db, readable, PORTFOLIO_BASIS.statuses),
    countOpenRequests(db, readable, today),
  ]);
  const figures = await Promise.all(
    clients.map(async (client): Promise<TClientFigures> => {
      const empty = { id: client.id, baseYear: client.baseYear, latest: null, change: null, completeness: null };
      if (!readable.includes(client.id)) {
        return { ...empty, readable: false, baseYear: null, requests: { open: 0, overdue: 0 } };
      }
      const own = periods.filter((p) => p.organizationId === client.id);
      const latest = own.find((p) => withData.has(p.id));
      const base = own.find((p) => p.year === client.baseYear);
      const current = own[0];
      const [report, completeness] = await Promise.all([
        latest
          ? aggregateEmissions(db, client.id, {
              ...PORTFOLIO_BASIS,
              periodIds: base && base.id !== latest.id ? [latest.id, base.id] : [latest.id],
              groupBy: ["period"],
            })
          : null,
        current ? loadCompleteness(db, client.id, current.id, today) : null,
      ]);
      const kgOf = (periodId: string) => report?.groups.find((g) => g.key.period === periodId)?.kgCO2e ?? "0";
      const summary = completeness ? completenessSummary(completeness.rows) : null;
      return {
        ...empty,
        readable: true,
        latest: latest ? { periodId: latest.id, label: latest.label, year: latest.year, kg: kgOf(latest.id) } : null,
        change: latest && base && withData.has(base.id) ? changeOf(kgOf(latest.id), kgOf(base.id)) : null,
        completeness:
          current && summary
            ? {
                periodLabel: current.label,
                categories: summary.categories,
                done: summary.byState.validated + summary.byState.notationKey,
              }
            : null,
        requests: requests.get(client.id) ?? { open: 0, overdue: 0 },
      };
    }),
  );
  return new Map(figures.map((f) => [f.id, f]));
}

/** latest − base, exact; the ratio to base (6 decimals), none when the base is zero. */
export function changeOf(latestKg: string, baseKg: string): { kg: string; ratio: string | null } {
  const diff = new Decimal(latestKg).minus(baseKg);
  const base = new Decimal(baseKg);
  return { kg: diff.toFixed(6), ratio: base.isZero() ? null : diff.div(base).toFixed(6) };
}
