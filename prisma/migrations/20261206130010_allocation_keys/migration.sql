-- CreateEnum
CREATE TYPE "AllocationKeyKind" AS ENUM ('REVENUE', 'HEADCOUNT', 'HOSTING', 'CUSTOM');

-- CreateTable
CREATE TABLE "AllocationKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "kind" "AllocationKeyKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AllocationKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationKeyInput" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "AllocationKeyInput_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AllocationKey_organizationId_periodId_post_key" ON "AllocationKey"("organizationId", "periodId", "post");

-- CreateIndex
CREATE INDEX "AllocationKeyInput_organizationId_idx" ON "AllocationKeyInput"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationKeyInput_keyId_productId_key" ON "AllocationKeyInput"("keyId", "productId");

-- AddForeignKey
ALTER TABLE "AllocationKey" ADD CONSTRAINT "AllocationKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationKey" ADD CONSTRAINT "AllocationKey_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationKeyInput" ADD CONSTRAINT "AllocationKeyInput_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationKeyInput" ADD CONSTRAINT "AllocationKeyInput_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "AllocationKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationKeyInput" ADD CONSTRAINT "AllocationKeyInput_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
