-- CreateEnum
CREATE TYPE "NotationKeyKind" AS ENUM ('NOT_OCCURRING', 'NOT_ESTIMATED', 'INCLUDED_ELSEWHERE', 'CONFIDENTIAL');

-- CreateTable
CREATE TABLE "NotationKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "siteId" TEXT,
    "siteScope" TEXT NOT NULL,
    "kind" "NotationKeyKind" NOT NULL,
    "explanation" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotationKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NotationKey_organizationId_periodId_category_siteScope_key" ON "NotationKey"("organizationId", "periodId", "category", "siteScope");

-- AddForeignKey
ALTER TABLE "NotationKey" ADD CONSTRAINT "NotationKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotationKey" ADD CONSTRAINT "NotationKey_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotationKey" ADD CONSTRAINT "NotationKey_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
