// The calculation engine's factor index for one organisation: the library releases it has accepted
// (OrganizationFactorRelease) plus its active custom factors. State lives in PostgreSQL; the in-process
// cache is keyed by a fingerprint read from the database on every call (accepted release ids and the
// custom factors' count and latest update), so any change gives a new key and a stale index is never used.
import type { AuditActor } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import { buildFactorIndex, type TCustomFactor, type TFactorIndex } from "@/lib/calc";
import type { Db, Prisma } from "@/lib/db/client";
import { latestBySource } from "@/lib/factors/acceptance/order";
import type { TFactorRecord } from "@/lib/factors/record";

export type DbClient = Db | Prisma.TransactionClient;

export type TAcceptedRelease = {
  source: string;
  version: string;
  releaseId: string;
  acceptedAt: Date;
  acceptedById: string | null;
};

export interface TOrganizationFactorIndex {
  readonly index: TFactorIndex;
  readonly releases: readonly TAcceptedRelease[];
  readonly fingerprint: string;
  /** The engine id of the custom factor an activity points at: its active version, or null if retired for good. */
  currentCustomFactorId(customFactorId: string): string | null;
}

type TCustomRow = { id: string; key: string; status: "ACTIVE" | "RETIRED" };

/** Runs `fn` in a transaction, or directly when `db` already is one. */
export async function inTransaction<T>(db: DbClient, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(fn) : fn(db);
}

export const customEngineId = (customFactorId: string) => `custom:${customFactorId}`;

export async function listAcceptedReleases(db: DbClient, organizationId: string): Promise<TAcceptedRelease[]> {
  return db.organizationFactorRelease.findMany({
    where: { organizationId },
    select: { source: true, version: true, releaseId: true, acceptedAt: true, acceptedById: true },
    orderBy: { source: "asc" },
  });
}

/**
 * Accepts the latest installed release of every source the organisation has not accepted yet: called when
 * an organisation is created, in its transaction. Never replaces an accepted release: that is applyReleaseUpdate's job.
 * Returns the releases it accepted; audited as `factorRelease.acceptInitial`.
 */
export async function acceptLatestReleases(db: DbClient, organizationId: string, actor: AuditActor | null = null) {
  return inTransaction(db, async (tx) => {
    const installed = await tx.factorRelease.findMany({
      select: { id: true, source: true, version: true, publishedOn: true, installedAt: true },
    });
    const accepted = new Set(
      (await tx.organizationFactorRelease.findMany({ where: { organizationId }, select: { source: true } })).map(
        (r) => r.source,
      ),
    );
    const missing = latestBySource(installed).filter((r) => !accepted.has(r.source));
    if (missing.length === 0) return [];
    // Two first calculations at once: the unique (organization, source) keeps one row per source.
    const { count } = await tx.organizationFactorRelease.createMany({
      data: missing.map((r) => ({
        organizationId,
        source: r.source,
        version: r.version,
        releaseId: r.id,
        acceptedById: actor?.id ?? null,
      })),
      skipDuplicates: true,
    });
    if (count === 0) return [];
    const releases = missing.map((r) => ({ source: r.source, version: r.version, releaseId: r.id }));
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "factorRelease.acceptInitial",
      entityType: "Organization",
      entityId: organizationId,
      after: { releases },
    });
    return releases;
  });
}

// ---------------------------------------------------------------------------------------------------
// Library records, cached per set of release ids. An installed release never changes (a changed file is
// refused at install) and a re-installed one gets a new id, so a set of ids always means the same records.

const MAX_RECORD_SETS = 8;
const MAX_INDEXES = 32;
const recordSets = new Map<string, Promise<TFactorRecord[]>>();
const indexes = new Map<string, TFactorIndex>();

function remember<V>(cache: Map<string, V>, key: string, value: V, max: number): V {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > max) cache.delete(cache.keys().next().value as string);
  return value;
}

// Only the columns the engine reads (lib/calc/factor-index.ts parseFactor); the rest of the record type is
// filled with neutral values rather than loaded (names, categories and search text are ~80 % of a row).
async function loadRecords(db: DbClient, releaseIds: readonly string[]): Promise<TFactorRecord[]> {
  const rows = await db.emissionFactor.findMany({
    where: { releaseId: { in: [...releaseIds] } },
    select: {
      id: true,
      source: true,
      sourceId: true,
      version: true,
      unit: true,
      value: true,
      gases: true,
      stages: true,
      uncertaintyPct: true,
      region: true,
      referenceYear: true,
      status: true,
      gwpSet: true,
      tags: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    source: r.source as TFactorRecord["source"],
    sourceId: r.sourceId,
    version: r.version,
    unit: r.unit as TFactorRecord["unit"],
    value: r.value.toFixed(),
    gases: r.gases as TFactorRecord["gases"],
    stages: r.stages as TFactorRecord["stages"],
    uncertaintyPct: r.uncertaintyPct === null ? null : r.uncertaintyPct.toNumber(),
    region: r.region,
    referenceYear: r.referenceYear,
    status: r.status as TFactorRecord["status"],
    gwpSet: r.gwpSet as TFactorRecord["gwpSet"],
    tags: r.tags,
    nameFr: r.id,
    nameEn: null,
    categoryPath: [],
    unitLabel: r.unit,
    regionLabel: null,
    validity: null,
    reviewNote: null,
    contributor: null,
    sourceText: null,
  }));
}

function recordsOf(db: DbClient, releaseIds: readonly string[]): Promise<TFactorRecord[]> {
  const key = [...releaseIds].sort().join(",");
  const cached = recordSets.get(key);
  if (cached) return remember(recordSets, key, cached, MAX_RECORD_SETS);
  const loading = loadRecords(db, releaseIds);
  loading.catch(() => recordSets.delete(key));
  return remember(recordSets, key, loading, MAX_RECORD_SETS);
}

// ---------------------------------------------------------------------------------------------------

// Custom factors are versioned, never edited in place or deleted: their count and latest update change
// with every new version or retirement.
function customStateKey(rows: readonly { updatedAt: Date }[]): string {
  if (rows.length === 0) return "none";
  let latest = 0;
  for (const r of rows) latest = Math.max(latest, r.updatedAt.getTime());
  return `${rows.length}@${latest}`;
}

/** CustomFactor rows in the engine's ZCustomFactor shape (only active versions are selectable). */
export function toEngineCustomFactor(row: {
  id: string;
  nameFr: string;
  unit: string;
  value: Prisma.Decimal;
  uncertaintyPct: Prisma.Decimal | null;
  region: string | null;
  referenceYear: number | null;
}): TCustomFactor {
  return {
    id: customEngineId(row.id),
    name: row.nameFr,
    unit: row.unit as TCustomFactor["unit"],
    value: row.value.toFixed(),
    uncertaintyPct: row.uncertaintyPct === null ? null : row.uncertaintyPct.toNumber(),
    region: row.region ?? "WORLD",
    referenceYear: row.referenceYear,
    gwpSet: "unknown",
  };
}

async function customFactorsOf(db: DbClient, organizationId: string) {
  return db.customFactor.findMany({
    where: { organizationId },
    select: {
      id: true,
      key: true,
      status: true,
      updatedAt: true,
      nameFr: true,
      unit: true,
      value: true,
      uncertaintyPct: true,
      region: true,
      referenceYear: true,
    },
  });
}

function redirects(rows: readonly TCustomRow[]): (id: string) => string | null {
  const activeByKey = new Map(rows.filter((r) => r.status === "ACTIVE").map((r) => [r.key, r.id]));
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  return (id) => {
    const key = keyOf.get(id);
    return key === undefined ? null : (activeByKey.get(key) ?? null);
  };
}

/**
 * The index for a given set of library releases and the organisation's custom factors. Organisations
 * without custom factors share one index per release set; the engine's memoised resolutions are pure.
 */
export async function buildIndexForReleases(db: DbClient, organizationId: string, releaseIds: readonly string[]) {
  const customRows = await customFactorsOf(db, organizationId);
  const releasesKey = [...releaseIds].sort().join(",");
  const key = `${releasesKey}|${customRows.length === 0 ? "" : organizationId}|${customStateKey(customRows)}`;
  let index = indexes.get(key);
  if (index) remember(indexes, key, index, MAX_INDEXES);
  else {
    const records = await recordsOf(db, releaseIds);
    const custom = customRows.filter((r) => r.status === "ACTIVE").map(toEngineCustomFactor);
    index = remember(indexes, key, buildFactorIndex(records, custom), MAX_INDEXES);
  }
  return { index, fingerprint: key, currentCustomFactorId: redirects(customRows) };
}

/**
 * The engine index an organisation's calculations use: its accepted releases (accepted when the organisation
 * was created, then by a manager) and its custom factors. A read: it never accepts anything itself.
 */
export async function buildOrganizationFactorIndex(
  db: DbClient,
  organizationId: string,
): Promise<TOrganizationFactorIndex> {
  const releases = await listAcceptedReleases(db, organizationId);
  const built = await buildIndexForReleases(
    db,
    organizationId,
    releases.map((r) => r.releaseId),
  );
  return { ...built, releases };
}

/** For tests and benchmarks: forget cached indexes and records (never needed for correctness). */
export function clearFactorIndexCache(): void {
  recordSets.clear();
  indexes.clear();
}
