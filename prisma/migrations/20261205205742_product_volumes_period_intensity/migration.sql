-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "annualRevenueEur" DECIMAL(16,2),
ADD COLUMN     "headcount" INTEGER;

-- CreateTable
CREATE TABLE "ProductPeriodVolume" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "volume" DECIMAL(20,6) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductPeriodVolume_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductPeriodVolume_organizationId_periodId_idx" ON "ProductPeriodVolume"("organizationId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductPeriodVolume_productId_periodId_key" ON "ProductPeriodVolume"("productId", "periodId");

-- AddForeignKey
ALTER TABLE "ProductPeriodVolume" ADD CONSTRAINT "ProductPeriodVolume_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductPeriodVolume" ADD CONSTRAINT "ProductPeriodVolume_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductPeriodVolume" ADD CONSTRAINT "ProductPeriodVolume_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;
