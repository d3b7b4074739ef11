// What a calculation outside the inventory lock needs (file imports compute before they commit): the
// organisation's references and factor index, and a fingerprint of everything that changes a result.
// The commit re-reads the fingerprint under the lock: equal means the computed rows are still right.
import { createHash } from "node:crypto";
import { calcContextOf, loadOrgRefs, type TOrgRefs } from "@/lib/activity/context";
import type { TCalcContext } from "@/lib/activity/engine-input";
import { canonicalJson } from "@/lib/activity/columns";
import { AppError } from "@/lib/errors";
import { buildOrganizationFactorIndex, listAcceptedReleases, type DbClient } from "@/lib/factors/org-index";

export type TCalcSnapshot = { refs: TOrgRefs; calc: TCalcContext; fingerprint: string };

async function fingerprintOf(db: DbClient, organizationId: string, refs: TOrgRefs): Promise<string> {
  const [releases, customFactors] = await Promise.all([
    listAcceptedReleases(db, organizationId),
    db.customFactor.findMany({
      where: { organizationId },
      select: { id: true, status: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const sorted = <T>(values: Iterable<T>, key: (v: T) => string) =>
    [...values].sort((a, b) => key(a).localeCompare(key(b)));
  const content = canonicalJson({
    country: refs.country,
    periods: sorted(refs.periods.values(), (p) => p.id),
    sites: sorted(refs.sites.values(), (s) => s.id),
    products: sorted(refs.products, (p) => p),
    releases: releases.map((r) => [r.source, r.version]),
    customFactors: customFactors.map((c) => [c.id, c.status, c.updatedAt.toISOString()]),
  });
  return createHash("sha256").update(content).digest("hex");
}

async function countryOf(db: DbClient, organizationId: string): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) throw new AppError("NOT_FOUND");
  return org.country;
}

export async function loadCalcSnapshot(db: DbClient, organizationId: string): Promise<TCalcSnapshot> {
  const refs = await loadOrgRefs(db, organizationId, await countryOf(db, organizationId));
  const [orgIndex, fingerprint] = await Promise.all([
    buildOrganizationFactorIndex(db, organizationId),
    fingerprintOf(db, organizationId, refs),
  ]);
  return { refs, calc: calcContextOf(refs, orgIndex), fingerprint };
}

/** The fingerprint alone (the commit's check, inside its transaction and lock). */
export async function calcFingerprint(db: DbClient, organizationId: string): Promise<string> {
  const refs = await loadOrgRefs(db, organizationId, await countryOf(db, organizationId));
  return fingerprintOf(db, organizationId, refs);
}
