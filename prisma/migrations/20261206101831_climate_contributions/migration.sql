-- CreateEnum
CREATE TYPE "ContributionKind" AS ENUM ('AVOIDANCE', 'REMOVAL');

-- CreateTable
CREATE TABLE "ClimateContribution" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ContributionKind" NOT NULL,
    "standard" TEXT,
    "registry" TEXT,
    "vintage" INTEGER NOT NULL,
    "tonnes" DECIMAL(16,3) NOT NULL,
    "pricePerTonneEur" DECIMAL(12,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClimateContribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClimateContribution_organizationId_vintage_idx" ON "ClimateContribution"("organizationId", "vintage");

-- AddForeignKey
ALTER TABLE "ClimateContribution" ADD CONSTRAINT "ClimateContribution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
