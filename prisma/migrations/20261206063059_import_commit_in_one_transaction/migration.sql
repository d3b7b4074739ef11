-- DropForeignKey
ALTER TABLE "ImportStagedChunk" DROP CONSTRAINT "ImportStagedChunk_importId_fkey";

-- AlterTable
ALTER TABLE "Import" DROP COLUMN "stagedFingerprint";

-- DropTable
DROP TABLE "ImportStagedChunk";

-- A file import writes its rows in one long transaction that must not hold the period's ReportingVersion row
-- locked meanwhile (every other writer of that period would wait for it): it sets
-- albedo.defer_reporting_versions for its transaction and bumps the versions itself just before committing
-- (lib/activity/reporting-versions.ts). Everyone else bumps them per statement, as before.
CREATE OR REPLACE FUNCTION "reporting_bump_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('albedo.defer_reporting_versions', true) = 'on' THEN
    RETURN NULL;
  END IF;
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
