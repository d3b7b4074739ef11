import { Prisma } from "@/generated/prisma/client";
import type { TFactorRecord, TFactorRelease } from "@/lib/factors/record";
import { buildSearchText } from "@/lib/factors/db/search-text";

// Curated records → database rows. Decimals go in as the published strings, never through a float.

export function factorReleaseRow(release: TFactorRelease): Prisma.FactorReleaseCreateInput {
  return {
    source: release.source,
    version: release.version,
    publisher: release.publisher,
    title: release.title,
    publishedOn: new Date(`${release.publishedOn}T00:00:00Z`),
    licence: release.licence,
    attribution: release.attribution,
    factorsSha256: release.factorsFile.sha256,
    factorCount: release.factorsFile.count,
  };
}

export function emissionFactorRow(record: TFactorRecord, releaseId: string): Prisma.EmissionFactorCreateManyInput {
  return {
    id: record.id,
    releaseId,
    source: record.source,
    sourceId: record.sourceId,
    version: record.version,
    nameFr: record.nameFr,
    nameEn: record.nameEn,
    categoryPath: record.categoryPath,
    unit: record.unit,
    unitLabel: record.unitLabel,
    value: record.value,
    gases: record.gases ?? Prisma.DbNull,
    stages: record.stages,
    uncertaintyPct: record.uncertaintyPct === null ? null : String(record.uncertaintyPct),
    region: record.region,
    regionLabel: record.regionLabel,
    referenceYear: record.referenceYear,
    validity: record.validity,
    status: record.status,
    reviewNote: record.reviewNote,
    gwpSet: record.gwpSet,
    contributor: record.contributor,
    sourceText: record.sourceText,
    tags: record.tags,
    searchText: buildSearchText(
      [record.nameFr, record.nameEn],
      [...record.categoryPath, record.id, record.regionLabel, record.region, record.unitLabel, ...record.tags],
    ),
  };
}
