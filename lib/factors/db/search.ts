// The explorer's search: the shared library (ranked SQL, lib/factors/search/ranking.ts) followed by
// the organisation's own active custom factors, paginated as one list. Custom factors always carry the
// organisation in their predicate, so another organisation's never appear.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { CUSTOM_SOURCE, FACTOR_PAGE_SIZE, type TFactorSearch } from "@/lib/factors/db/search-params";
import { searchTokens } from "@/lib/factors/db/search-text";
import { topLevelsOf } from "@/lib/factors/labels/categories";
import { browseOrder, rankedOrder, textMatch } from "@/lib/factors/search/ranking";
import { synonymAlternatives } from "@/lib/factors/search/synonyms";

type Common = {
  id: string;
  nameFr: string;
  nameEn: string | null;
  value: string; // plain decimal notation, as stored
  region: string | null;
  referenceYear: number | null;
  uncertaintyPct: string | null; // null = unknown
};
export type TLibraryHit = Common & {
  kind: "library";
  unit: string;
  unitLabel: string;
  regionLabel: string | null;
  categoryPath: string[];
  source: string;
  version: string;
  status: string;
};
export type TCustomHit = Common & { kind: "custom"; unit: string; sourceText: string; version: number };
export type TFactorHit = TLibraryHit | TCustomHit;
export type TFactorSearchResult = { hits: TFactorHit[]; total: number; page: number; pageCount: number };

// A full factor id pasted into the box ("ademe:43642@23.6") means that factor, not its words.
const FACTOR_ID = /^[a-z-]+:[^@\s]+@[^@\s]+$/;
const exactIdOf = (q: string | undefined) => (q && FACTOR_ID.test(q.trim()) ? q.trim() : undefined);

type TextQuery = { tokens: string[]; alternatives: string[][] };

function libraryConditions(search: TFactorSearch, { tokens, alternatives }: TextQuery): Prisma.Sql {
  const exactId = exactIdOf(search.q);
  const conditions = exactId
    ? [Prisma.sql`"id" = ${exactId}`]
    : tokens.length > 0
      ? [textMatch(tokens, alternatives)]
      : [];
  if (search.source) conditions.push(Prisma.sql`"source" = ${search.source}`);
  if (search.category) conditions.push(Prisma.sql`"categoryPath"[1] = ANY(${topLevelsOf(search.category)}::text[])`);
  if (search.unit) conditions.push(Prisma.sql`"unit" = ${search.unit}`);
  if (search.region) conditions.push(Prisma.sql`"region" = ${search.region}`);
  if (search.year !== undefined) conditions.push(Prisma.sql`"referenceYear" = ${search.year}`);
  if (search.status) conditions.push(Prisma.sql`"status" = ${search.status}`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

async function searchLibrary(
  db: Db,
  search: TFactorSearch,
  query: TextQuery,
  preferRegion: string | undefined,
  skip: number,
  take: number,
) {
  const where = libraryConditions(search, query);
  const order =
    query.tokens.length > 0 ? rankedOrder(query.tokens, query.alternatives, preferRegion) : browseOrder(preferRegion);
  const ranked =
    take === 0
      ? []
      : await db.$queryRaw<Array<{ id: string; total: bigint }>>`
        SELECT "id", count(*) OVER () AS "total" FROM "EmissionFactor" ${where} ${order}
        LIMIT ${take} OFFSET ${skip}`;
  // A page past the end returns no row to read the total from: count separately then.
  const total = ranked[0]
    ? Number(ranked[0].total)
    : Number(
        (await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS "n" FROM "EmissionFactor" ${where}`)[0]?.n ?? 0,
      );
  const rows = await db.emissionFactor.findMany({ where: { id: { in: ranked.map((r) => r.id) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = ranked.flatMap(({ id }): TLibraryHit[] => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        kind: "library",
        id: r.id,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        value: r.value.toFixed(),
        unit: r.unit,
        unitLabel: r.unitLabel,
        region: r.region,
        regionLabel: r.regionLabel,
        referenceYear: r.referenceYear,
        categoryPath: r.categoryPath,
        uncertaintyPct: r.uncertaintyPct?.toFixed() ?? null,
        source: r.source,
        version: r.version,
        status: r.status,
      },
    ];
  });
  return { hits, total };
}

function customWhere(organizationId: string, search: TFactorSearch, tokens: string[]): Prisma.CustomFactorWhereInput {
  return {
    organizationId,
    status: "ACTIVE",
    AND: tokens.map((token) => ({ searchText: { contains: token } })),
    ...(search.unit ? { unit: search.unit } : {}),
    ...(search.region ? { region: search.region } : {}),
    ...(search.year !== undefined ? { referenceYear: search.year } : {}),
  };
}

async function searchCustom(
  db: Db,
  organizationId: string,
  search: TFactorSearch,
  tokens: string[],
  skip: number,
  take: number,
) {
  const where = customWhere(organizationId, search, tokens);
  const [total, rows] = await Promise.all([
    db.customFactor.count({ where }),
    take === 0 ? [] : db.customFactor.findMany({ where, orderBy: [{ nameFr: "asc" }, { id: "asc" }], skip, take }),
  ]);
  const hits = rows.map((r): TCustomHit => ({
    kind: "custom",
    id: r.id,
    nameFr: r.nameFr,
    nameEn: r.nameEn,
    value: r.value.toFixed(),
    unit: r.unit,
    region: r.region,
    referenceYear: r.referenceYear,
    uncertaintyPct: r.uncertaintyPct?.toFixed() ?? null,
    sourceText: r.source,
    version: r.version,
  }));
  return { hits, total };
}

// Custom factors have no publisher source, category or review status: those filters leave them out.
function includesCustom(search: TFactorSearch): boolean {
  if (search.source && search.source !== CUSTOM_SOURCE) return false;
  return !search.category && (!search.status || search.status === "valid");
}

type SearchScope = { organizationId: string; preferRegion?: string | undefined }; // preferRegion: e.g. the organisation's country

/** One page of results: the organisation's custom factors first, then the library. */
export async function searchFactors(
  db: Db,
  { organizationId, preferRegion }: SearchScope,
  search: TFactorSearch,
  pageSize = FACTOR_PAGE_SIZE,
): Promise<TFactorSearchResult> {
  const tokens = searchTokens(search.q ?? "");
  const alternatives = tokens.length > 0 ? synonymAlternatives(search.q ?? "") : [];
  const start = (search.page - 1) * pageSize;
  const withCustom = includesCustom(search) && !exactIdOf(search.q);
  const withLibrary = search.source !== CUSTOM_SOURCE;
  const custom = withCustom
    ? await searchCustom(db, organizationId, search, tokens, start, pageSize)
    : { hits: [], total: 0 };
  const libraryStart = Math.max(0, start - custom.total);
  const libraryTake = pageSize - custom.hits.length;
  const library = withLibrary
    ? await searchLibrary(db, search, { tokens, alternatives }, preferRegion, libraryStart, libraryTake)
    : { hits: [], total: 0 };
  const total = custom.total + library.total;
  return {
    hits: [...custom.hits, ...library.hits],
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
