import type { Prisma, Tx } from "@/lib/db/client";
import { ACTIVITY_MESSAGES } from "@/lib/activity/schemas";
import { validationError, type TFieldError } from "@/lib/activity/errors";
import {
  calcSettingsFor,
  type TCalcContext,
  type TPeriodCalcSettings,
  type TPeriodContext,
} from "@/lib/activity/engine-input";
import { siteEnergyOf } from "@/lib/activity/site-energy";
import type { DbClient } from "@/lib/factors/org-index";
import { AppError } from "@/lib/errors";

/**
 * Locks the organisation row for the rest of the transaction. Period locking (lib/periods) takes it FOR
 * NO KEY UPDATE, so a write holding it FOR SHARE sees a period status that cannot change before it commits.
 * Single-activity writes share it; bulk saves and release acceptance take it exclusively, so they never
 * interleave with other writes of the same organisation (and only of that one). Exclusive is FOR NO KEY
 * UPDATE, not FOR UPDATE: the foreign-key checks of a file import's rows (FOR KEY SHARE, held until the
 * import commits, lib/imports/commit.ts) must not keep it waiting.
 */
export async function lockOrganization(
  tx: Tx,
  organizationId: string,
  mode: "share" | "exclusive",
): Promise<{ country: string }> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<
          { country: string }[]
        >`SELECT "country" FROM "Organization" WHERE "id" = ${organizationId} FOR SHARE`
      : await tx.$queryRaw<
          { country: string }[]
        >`SELECT "country" FROM "Organization" WHERE "id" = ${organizationId} FOR NO KEY UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

// The organisation's periods, sites, products and custom factors: few rows, loaded once per write.
export type TOrgRefs = {
  readonly country: string;
  readonly periods: ReadonlyMap<string, { id: string; year: number; status: "OPEN" | "LOCKED" } & TPeriodCalcSettings>;
  readonly sites: ReadonlyMap<
    string,
    {
      id: string;
      country: string;
      heatNetwork: string | null;
      coolingNetwork: string | null;
      marketInstrument: Prisma.JsonValue;
    }
  >;
  readonly products: ReadonlySet<string>;
  readonly customFactors: ReadonlySet<string>;
};

export async function loadOrgRefs(tx: DbClient, organizationId: string, country: string): Promise<TOrgRefs> {
  const where = { organizationId };
  const [periods, sites, products, customFactors] = await Promise.all([
    tx.reportingPeriod.findMany({
      where,
      select: { id: true, year: true, status: true, gwpSet: true, includeContrails: true, capitalGoodsMethod: true },
    }),
    tx.site.findMany({
      where,
      select: { id: true, country: true, heatNetwork: true, coolingNetwork: true, marketInstrument: true },
    }),
    tx.product.findMany({ where, select: { id: true } }),
    tx.customFactor.findMany({ where, select: { id: true } }),
  ]);
  return {
    country,
    periods: new Map(periods.map((p) => [p.id, p])),
    sites: new Map(sites.map((s) => [s.id, s])),
    products: new Set(products.map((p) => p.id)),
    customFactors: new Set(customFactors.map((c) => c.id)),
  };
}

/** The periods part of a calculation context: years, settings, statuses (enough to know where equipment is carried). */
export function periodContextOf(refs: TOrgRefs): TPeriodContext {
  return {
    periodYear: new Map([...refs.periods.values()].map((p) => [p.id, p.year])),
    periodSettings: new Map([...refs.periods.values()].map((p) => [p.id, calcSettingsFor(p)])),
    periods: [...refs.periods.values()].map((p) => ({ id: p.id, year: p.year, status: p.status })),
  };
}

export function calcContextOf(refs: TOrgRefs, orgIndex: TCalcContext["orgIndex"]): TCalcContext {
  return {
    ...periodContextOf(refs),
    country: refs.country,
    siteCountry: new Map([...refs.sites.values()].map((s) => [s.id, s.country])),
    siteEnergy: new Map([...refs.sites.values()].map((s) => [s.id, siteEnergyOf(s)])),
    orgIndex,
  };
}

type TRefInput = { periodId: string; siteId: string | null; productId: string | null; customFactorId: string | null };

/** References another organisation's (or no) period, site, product or custom factor: field errors. */
export function referenceErrors(input: TRefInput, refs: TOrgRefs, { allowLockedPeriod = false } = {}): TFieldError[] {
  const errors: TFieldError[] = [];
  const period = refs.periods.get(input.periodId);
  if (!period) errors.push({ field: "periodId", message: ACTIVITY_MESSAGES.unknownPeriod });
  else if (period.status === "LOCKED" && !allowLockedPeriod)
    errors.push({ field: "periodId", message: ACTIVITY_MESSAGES.periodLocked, code: "PERIOD_LOCKED" });
  if (input.siteId !== null && !refs.sites.has(input.siteId))
    errors.push({ field: "siteId", message: ACTIVITY_MESSAGES.unknownSite });
  if (input.productId !== null && !refs.products.has(input.productId))
    errors.push({ field: "productId", message: ACTIVITY_MESSAGES.unknownProduct });
  if (input.customFactorId !== null && !refs.customFactors.has(input.customFactorId)) {
    errors.push({ field: "customFactorId", message: ACTIVITY_MESSAGES.unknownCustomFactor });
  }
  return errors;
}

/** For single writes: a locked period is PERIOD_LOCKED, anything else a VALIDATION error. */
export function throwReferenceErrors(errors: readonly TFieldError[]): void {
  if (errors.length === 0) return;
  if (errors.some((e) => e.code === "PERIOD_LOCKED")) throw new AppError("PERIOD_LOCKED");
  throw validationError(errors);
}

export function assertPeriodOpen(refs: TOrgRefs, periodId: string): void {
  if (refs.periods.get(periodId)?.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
}
