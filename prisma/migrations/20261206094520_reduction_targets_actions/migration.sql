-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('ABSOLUTE', 'INTENSITY_REVENUE', 'INTENSITY_EMPLOYEE');

-- CreateEnum
CREATE TYPE "TargetPreset" AS ENUM ('SBTI_1_5', 'SBTI_WB2', 'CUSTOM_PATH', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ActionType" AS ENUM ('REDUCTION', 'AVOIDED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED');

-- CreateEnum
CREATE TYPE "ExpectedReductionUnit" AS ENUM ('TCO2E', 'PERCENT');

-- CreateTable
CREATE TABLE "ReductionTarget" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL DEFAULT 'ABSOLUTE',
    "preset" "TargetPreset" NOT NULL DEFAULT 'CUSTOM',
    "basePeriodId" TEXT NOT NULL,
    "targetYear" INTEGER NOT NULL,
    "reductionPct" DECIMAL(5,2) NOT NULL,
    "posts" TEXT[],
    "siteIds" TEXT[],
    "pathPoints" JSONB,
    "baseValueAtCreation" DECIMAL(20,6) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReductionTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReductionAction" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "type" "ActionType" NOT NULL DEFAULT 'REDUCTION',
    "status" "ActionStatus" NOT NULL DEFAULT 'IDEA',
    "posts" TEXT[],
    "siteIds" TEXT[],
    "productIds" TEXT[],
    "ownerId" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "expectedUnit" "ExpectedReductionUnit" NOT NULL DEFAULT 'TCO2E',
    "expectedValue" DECIMAL(16,3),
    "costEur" DECIMAL(16,2),
    "progressPct" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReductionAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReductionTarget_organizationId_targetYear_idx" ON "ReductionTarget"("organizationId", "targetYear");

-- CreateIndex
CREATE UNIQUE INDEX "ReductionTarget_organizationId_name_key" ON "ReductionTarget"("organizationId", "name");

-- CreateIndex
CREATE INDEX "ReductionAction_organizationId_status_idx" ON "ReductionAction"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "ReductionTarget" ADD CONSTRAINT "ReductionTarget_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReductionTarget" ADD CONSTRAINT "ReductionTarget_basePeriodId_fkey" FOREIGN KEY ("basePeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReductionAction" ADD CONSTRAINT "ReductionAction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReductionAction" ADD CONSTRAINT "ReductionAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
