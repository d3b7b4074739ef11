-- CreateTable
CREATE TABLE "ReportingVersion" (
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReportingVersion_pkey" PRIMARY KEY ("organizationId","periodId")
);

-- CreateTable
CREATE TABLE "ReportingRollupState" (
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "build" BIGINT NOT NULL,
    "version" BIGINT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingRollupState_pkey" PRIMARY KEY ("organizationId","periodId")
);

-- CreateTable
CREATE TABLE "ReportingRollupKey" (
    "build" BIGINT NOT NULL,
    "k" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "carried" BOOLEAN NOT NULL,
    "scope" SMALLINT NOT NULL,
    "ghgCategory" SMALLINT,
    "begesPoste" TEXT NOT NULL,
    "siteId" TEXT,
    "productId" TEXT,
    "activityTypeId" TEXT NOT NULL,
    "factorSource" TEXT NOT NULL,
    "lines" INTEGER NOT NULL,
    "kgLocation" DECIMAL NOT NULL,
    "kgMarket" DECIMAL NOT NULL,
    "co2b" DECIMAL NOT NULL,
    "magnitudeLocation" DECIMAL NOT NULL,
    "magnitudeMarket" DECIMAL NOT NULL,
    "knownLocation" DECIMAL NOT NULL,
    "knownMarket" DECIMAL NOT NULL,
    "qLocation" DECIMAL NOT NULL,
    "qMarket" DECIMAL NOT NULL,

    CONSTRAINT "ReportingRollupKey_pkey" PRIMARY KEY ("build","k")
);

-- CreateTable
CREATE TABLE "ReportingRollupPair" (
    "build" BIGINT NOT NULL,
    "k1" INTEGER NOT NULL,
    "k2" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "cLocation" DECIMAL NOT NULL,
    "cMarket" DECIMAL NOT NULL,

    CONSTRAINT "ReportingRollupPair_pkey" PRIMARY KEY ("build","k1","k2")
);

-- CreateTable
CREATE TABLE "ReportingRollupKeySet" (
    "build" BIGINT NOT NULL,
    "s" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "keys" INTEGER[],
    "activities" INTEGER NOT NULL,

    CONSTRAINT "ReportingRollupKeySet_pkey" PRIMARY KEY ("build","s")
);

-- CreateIndex
CREATE INDEX "ReportingRollupKey_organizationId_periodId_idx" ON "ReportingRollupKey"("organizationId", "periodId");

-- CreateIndex
CREATE INDEX "ReportingRollupPair_organizationId_periodId_idx" ON "ReportingRollupPair"("organizationId", "periodId");

-- CreateIndex
CREATE INDEX "ReportingRollupKeySet_organizationId_periodId_idx" ON "ReportingRollupKeySet"("organizationId", "periodId");

-- Reporting rollups are used only while fresh: every write to a period's reported lines bumps the
-- period's version in the writer's transaction (statement-level, once per statement and period).
CREATE FUNCTION "reporting_bump_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportingVersion" ("organizationId", "periodId", "version")
      SELECT DISTINCT "organizationId", "periodId", 1 FROM new_lines
      ON CONFLICT ("organizationId", "periodId") DO UPDATE SET "version" = "ReportingVersion"."version" + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ReportingVersion" ("organizationId", "periodId", "version")
      SELECT DISTINCT "organizationId", "periodId", 1 FROM old_lines
      ON CONFLICT ("organizationId", "periodId") DO UPDATE SET "version" = "ReportingVersion"."version" + 1;
  ELSE
    INSERT INTO "ReportingVersion" ("organizationId", "periodId", "version")
      SELECT "organizationId", "periodId", 1 FROM old_lines UNION SELECT "organizationId", "periodId", 1 FROM new_lines
      ON CONFLICT ("organizationId", "periodId") DO UPDATE SET "version" = "ReportingVersion"."version" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "EmissionLine_reporting_insert" AFTER INSERT ON "EmissionLine"
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "reporting_bump_versions"();
CREATE TRIGGER "EmissionLine_reporting_update" AFTER UPDATE ON "EmissionLine"
  REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "reporting_bump_versions"();
CREATE TRIGGER "EmissionLine_reporting_delete" AFTER DELETE ON "EmissionLine"
  REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION "reporting_bump_versions"();

-- An activity's status, origin or period is part of every one of its lines' rollup keys (wherever the
-- lines are reported: carried lines sit in later periods).
CREATE FUNCTION "reporting_bump_activity_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportingVersion" ("organizationId", "periodId", "version")
    SELECT DISTINCT e."organizationId", e."periodId", 1
    FROM old_activities o
    JOIN new_activities n ON n."id" = o."id"
    JOIN "EmissionLine" e ON e."activityId" = n."id" AND e."organizationId" = n."organizationId"
    WHERE o."status" IS DISTINCT FROM n."status" OR o."sourceKind" IS DISTINCT FROM n."sourceKind"
      OR o."periodId" IS DISTINCT FROM n."periodId"
    ON CONFLICT ("organizationId", "periodId") DO UPDATE SET "version" = "ReportingVersion"."version" + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "ActivityData_reporting_update" AFTER UPDATE ON "ActivityData"
  REFERENCING OLD TABLE AS old_activities NEW TABLE AS new_activities
  FOR EACH STATEMENT EXECUTE FUNCTION "reporting_bump_activity_versions"();

-- A deleted period (or organisation) takes its version and rollup rows with it (no foreign keys: above).
CREATE FUNCTION "reporting_forget_periods"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ReportingVersion" t USING old_periods o WHERE t."organizationId" = o."organizationId" AND t."periodId" = o."id";
  DELETE FROM "ReportingRollupState" t USING old_periods o WHERE t."organizationId" = o."organizationId" AND t."periodId" = o."id";
  DELETE FROM "ReportingRollupKey" t USING old_periods o WHERE t."organizationId" = o."organizationId" AND t."periodId" = o."id";
  DELETE FROM "ReportingRollupPair" t USING old_periods o WHERE t."organizationId" = o."organizationId" AND t."periodId" = o."id";
  DELETE FROM "ReportingRollupKeySet" t USING old_periods o WHERE t."organizationId" = o."organizationId" AND t."periodId" = o."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "ReportingPeriod_reporting_delete" AFTER DELETE ON "ReportingPeriod"
  REFERENCING OLD TABLE AS old_periods FOR EACH STATEMENT EXECUTE FUNCTION "reporting_forget_periods"();
