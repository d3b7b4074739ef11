-- CreateEnum
CREATE TYPE "ActivitySourceKind" AS ENUM ('MANUAL', 'FORM', 'CSV_IMPORT', 'FEC_IMPORT', 'BOAVIZTA_IMPORT', 'SURVEY');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED');

-- CreateTable
CREATE TABLE "ActivityData" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "siteId" TEXT,
    "productId" TEXT,
    "activityTypeId" TEXT NOT NULL,
    "quantity" DECIMAL NOT NULL,
    "unit" TEXT NOT NULL,
    "region" TEXT,
    "activityDate" DATE,
    "activityYear" INTEGER,
    "options" JSONB NOT NULL DEFAULT '{}',
    "uncertaintyPct" DECIMAL,
    "customFactorId" TEXT,
    "sourceKind" "ActivitySourceKind" NOT NULL DEFAULT 'MANUAL',
    "sourceRef" TEXT,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "label" TEXT,
    "description" TEXT,
    "evidenceNote" TEXT,
    "kgCO2e" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "linesDigest" TEXT NOT NULL DEFAULT '',
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmissionLine" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,
    "periodId" TEXT NOT NULL,
    "siteId" TEXT,
    "productId" TEXT,
    "activityTypeId" TEXT NOT NULL,
    "scope" SMALLINT NOT NULL,
    "ghgCategory" SMALLINT,
    "begesPoste" TEXT NOT NULL,
    "stage" TEXT,
    "kgCO2e" DECIMAL(20,6) NOT NULL,
    "marketKgCO2e" DECIMAL(20,6),
    "marketBasis" TEXT,
    "co2f" DECIMAL(20,6),
    "ch4f" DECIMAL(20,6),
    "ch4b" DECIMAL(20,6),
    "n2o" DECIMAL(20,6),
    "otherGases" DECIMAL(20,6),
    "co2b" DECIMAL(20,6),
    "quantity" DECIMAL NOT NULL,
    "factorUnit" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "factorValue" DECIMAL NOT NULL,
    "stageShare" DECIMAL NOT NULL,
    "resolutionRule" TEXT NOT NULL,
    "gwpSet" TEXT NOT NULL,
    "uncertaintyPct" DECIMAL(12,4),
    "factorUncertaintyKnown" BOOLEAN NOT NULL,
    "contrailsIncluded" BOOLEAN,
    "flags" TEXT[],
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmissionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationFactorRelease" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedById" TEXT,

    CONSTRAINT "OrganizationFactorRelease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityData_organizationId_periodId_activityTypeId_idx" ON "ActivityData"("organizationId", "periodId", "activityTypeId");

-- CreateIndex
CREATE INDEX "ActivityData_organizationId_siteId_idx" ON "ActivityData"("organizationId", "siteId");

-- CreateIndex
CREATE INDEX "ActivityData_organizationId_customFactorId_idx" ON "ActivityData"("organizationId", "customFactorId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityData_organizationId_sourceKind_sourceRef_key" ON "ActivityData"("organizationId", "sourceKind", "sourceRef");

-- CreateIndex
CREATE INDEX "EmissionLine_organizationId_periodId_scope_ghgCategory_idx" ON "EmissionLine"("organizationId", "periodId", "scope", "ghgCategory");

-- CreateIndex
CREATE INDEX "EmissionLine_activityId_idx" ON "EmissionLine"("activityId");

-- CreateIndex
CREATE INDEX "OrganizationFactorRelease_releaseId_idx" ON "OrganizationFactorRelease"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationFactorRelease_organizationId_source_key" ON "OrganizationFactorRelease"("organizationId", "source");

-- AddForeignKey
ALTER TABLE "ActivityData" ADD CONSTRAINT "ActivityData_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityData" ADD CONSTRAINT "ActivityData_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityData" ADD CONSTRAINT "ActivityData_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityData" ADD CONSTRAINT "ActivityData_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityData" ADD CONSTRAINT "ActivityData_customFactorId_fkey" FOREIGN KEY ("customFactorId") REFERENCES "CustomFactor"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionLine" ADD CONSTRAINT "EmissionLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionLine" ADD CONSTRAINT "EmissionLine_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ActivityData"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionLine" ADD CONSTRAINT "EmissionLine_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionLine" ADD CONSTRAINT "EmissionLine_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionLine" ADD CONSTRAINT "EmissionLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationFactorRelease" ADD CONSTRAINT "OrganizationFactorRelease_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationFactorRelease" ADD CONSTRAINT "OrganizationFactorRelease_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "FactorRelease"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
