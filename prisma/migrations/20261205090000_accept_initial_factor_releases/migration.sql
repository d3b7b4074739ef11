-- Organisations now accept their initial factor releases when they are created, never while a page renders
-- or a calculation runs. Backfill: an organisation that has accepted no release yet gets the latest installed
-- release of every source, as its first calculation would have given it (publication date first, then the
-- version, then the installation: lib/factors/acceptance/order.ts), with the same audit event.
WITH latest AS (
  SELECT DISTINCT ON ("source") "id", "source", "version"
  FROM "FactorRelease"
  ORDER BY "source", "publishedOn" DESC, "version" DESC, "installedAt" DESC
),
pending AS (
  SELECT o."id" AS "organizationId"
  FROM "Organization" o
  WHERE NOT EXISTS (SELECT 1 FROM "OrganizationFactorRelease" a WHERE a."organizationId" = o."id")
),
accepted AS (
  INSERT INTO "OrganizationFactorRelease" ("id", "organizationId", "source", "releaseId", "version", "acceptedAt", "acceptedById")
  SELECT 'backfill-' || md5(p."organizationId" || ':' || l."source"), p."organizationId", l."source", l."id", l."version", now(), NULL
  FROM pending p CROSS JOIN latest l
  RETURNING "organizationId", "source", "version", "releaseId"
)
INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorEmail", "action", "entityType", "entityId", "after", "createdAt")
SELECT
  'backfill-' || md5("organizationId" || ':factorRelease.acceptInitial'),
  "organizationId",
  NULL,
  NULL,
  'factorRelease.acceptInitial',
  'Organization',
  "organizationId",
  jsonb_build_object(
    'releases',
    jsonb_agg(jsonb_build_object('source', "source", 'version', "version", 'releaseId', "releaseId") ORDER BY "source")
  ),
  now()
FROM accepted
GROUP BY "organizationId";
