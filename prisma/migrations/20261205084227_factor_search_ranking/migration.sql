-- Ranked factor search (issue 12). Written by hand: Prisma cannot express a generated column.
-- unaccent is a trusted contrib extension (PostgreSQL >= 13), shipped with the embedded PostgreSQL and
-- with Debian's postgresql-NN packages.
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column or an
-- index directly. This wrapper pins the dictionary and the search_path it was created with, which is
-- what makes declaring it IMMUTABLE safe enough (the usual recipe for unaccent in indexes).
CREATE FUNCTION "albedo_search_normalize"(input TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path FROM CURRENT
  AS $$ SELECT btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, input)), '[^a-z0-9]+', ' ', 'g')) $$;

-- array_to_string() is STABLE in general (element output functions); for text[] it is not.
CREATE FUNCTION "albedo_search_join"(parts TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT array_to_string(parts, ' ') $$;

-- Weighted words: names (A) > category path (B) > region, unit and tags (C). 'simple' keeps words as
-- they are (no stemming), since the library mixes French and English.
ALTER TABLE "EmissionFactor" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "albedo_search_normalize"("nameFr" || ' ' || coalesce("nameEn", ''))), 'A') ||
  setweight(to_tsvector('simple'::regconfig, "albedo_search_normalize"("albedo_search_join"("categoryPath"))), 'B') ||
  setweight(to_tsvector('simple'::regconfig, "albedo_search_normalize"(
    coalesce("regionLabel", '') || ' ' || "region" || ' ' || "unitLabel" || ' ' || "albedo_search_join"("tags"))), 'C')
) STORED;

CREATE INDEX "EmissionFactor_searchVector_idx" ON "EmissionFactor" USING GIN ("searchVector");
