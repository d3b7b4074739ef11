-- CreateEnum
CREATE TYPE "DigitalUseMethod" AS ENUM ('SWD_V4', 'ADEME_ARCEP');

-- AlterEnum
ALTER TYPE "ActivitySourceKind" ADD VALUE 'PRODUCT_MODEL';

-- CreateTable
CREATE TABLE "ProductDigitalModel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "method" "DigitalUseMethod" NOT NULL DEFAULT 'SWD_V4',
    "monthlyRequests" DECIMAL(20,2) NOT NULL,
    "bytesUpPerRequest" DECIMAL(20,0) NOT NULL,
    "bytesDownPerRequest" DECIMAL(20,0) NOT NULL,
    "mobileShare" DECIMAL(7,6) NOT NULL,
    "devices" JSONB NOT NULL,
    "countries" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductDigitalModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductDigitalModel_organizationId_periodId_idx" ON "ProductDigitalModel"("organizationId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ProductDigitalModel_productId_periodId_key" ON "ProductDigitalModel"("productId", "periodId");

-- AddForeignKey
ALTER TABLE "ProductDigitalModel" ADD CONSTRAINT "ProductDigitalModel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductDigitalModel" ADD CONSTRAINT "ProductDigitalModel_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductDigitalModel" ADD CONSTRAINT "ProductDigitalModel_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;
