-- CreateTable
CREATE TABLE "BoaviztaResource" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "assessed" BOOLEAN NOT NULL,
    "usage" TEXT NOT NULL,
    "provider" TEXT,
    "resourceType" TEXT,
    "region" TEXT,
    "location" TEXT,
    "state" TEXT,
    "tags" JSONB NOT NULL,
    "allocation" TEXT NOT NULL,
    "durationHours" DECIMAL,
    "lifetimeHours" DECIMAL,
    "electricityFactor" DECIMAL,
    "electricityFactorUnit" TEXT,
    "tool" TEXT NOT NULL,
    "formatVersion" TEXT NOT NULL,
    "toolVersion" TEXT,
    "apiVersion" TEXT,
    "warnings" TEXT[],
    "notes" TEXT[],

    CONSTRAINT "BoaviztaResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoaviztaImpact" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "value" DECIMAL,
    "min" DECIMAL,
    "max" DECIMAL,
    "unit" TEXT NOT NULL,
    "significantFigures" INTEGER,
    "warnings" TEXT[],
    "activityRow" INTEGER,

    CONSTRAINT "BoaviztaImpact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BoaviztaResource_organizationId_importId_idx" ON "BoaviztaResource"("organizationId", "importId");

-- CreateIndex
CREATE INDEX "BoaviztaImpact_organizationId_resourceId_idx" ON "BoaviztaImpact"("organizationId", "resourceId");

-- AddForeignKey
ALTER TABLE "BoaviztaResource" ADD CONSTRAINT "BoaviztaResource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoaviztaResource" ADD CONSTRAINT "BoaviztaResource_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoaviztaImpact" ADD CONSTRAINT "BoaviztaImpact_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "BoaviztaResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
