// Test helper: activities with hand-written emission lines, stored directly (not through the engine), so
// reporting tests state every kg, percentage and classification they add up.
import type { ActivitySourceKind, ActivityStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

export type THandLine = {
  kg: string;
  scope: 1 | 2 | 3;
  ghgCategory?: number;
  begesPoste: string;
  pct?: string | null; // stored uncertaintyPct; null = unknown
  known?: boolean; // factorUncertaintyKnown
  market?: string; // scope-2 market-based kg
  co2b?: string;
  factorId?: string;
  periodId?: string; // a later period than the activity's: a carried-forward line
};

export type THandActivity = {
  periodId: string;
  activityTypeId: string;
  status?: ActivityStatus;
  sourceKind?: ActivitySourceKind;
  siteId?: string | null;
  productId?: string | null;
  lines: THandLine[];
};

export async function storeHandActivity(db: Db, organizationId: string, a: THandActivity): Promise<string> {
  const activity = await db.activityData.create({
    data: {
      organizationId,
      periodId: a.periodId,
      siteId: a.siteId ?? null,
      productId: a.productId ?? null,
      activityTypeId: a.activityTypeId,
      quantity: "1",
      unit: "unit",
      status: a.status ?? "VALIDATED",
      sourceKind: a.sourceKind ?? "MANUAL",
    },
  });
  await db.emissionLine.createMany({
    data: a.lines.map((l, position) => ({
      organizationId,
      activityId: activity.id,
      position,
      periodId: l.periodId ?? a.periodId,
      siteId: a.siteId ?? null,
      productId: a.productId ?? null,
      activityTypeId: a.activityTypeId,
      scope: l.scope,
      ghgCategory: l.ghgCategory ?? null,
      begesPoste: l.begesPoste,
      kgCO2e: l.kg,
      marketKgCO2e: l.market ?? null,
      co2b: l.co2b ?? null,
      quantity: "1",
      factorUnit: "unit",
      factorId: l.factorId ?? "ademe:1@23.6",
      factorValue: l.kg,
      stageShare: "1",
      resolutionRule: "exact",
      gwpSet: "AR5",
      uncertaintyPct: l.pct === undefined ? "0" : l.pct,
      factorUncertaintyKnown: l.known ?? true,
      computedAt: new Date(),
    })),
  });
  return activity.id;
}
