-- Added by hand: the trigram GIN index on "EmissionFactor"."searchText" needs pg_trgm (trusted since
-- PostgreSQL 13, so the database owner can create it). Not declared in schema.prisma: see the datasource note.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "CustomFactorStatus" AS ENUM ('ACTIVE', 'RETIRED');

-- CreateTable
CREATE TABLE "FactorRelease" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "licence" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "factorsSha256" TEXT NOT NULL,
    "factorCount" INTEGER NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactorRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmissionFactor" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT,
    "categoryPath" TEXT[],
    "unit" TEXT NOT NULL,
    "unitLabel" TEXT NOT NULL,
    "value" DECIMAL NOT NULL,
    "gases" JSONB,
    "stages" JSONB NOT NULL,
    "uncertaintyPct" DECIMAL,
    "region" TEXT NOT NULL,
    "regionLabel" TEXT,
    "referenceYear" INTEGER,
    "validity" TEXT,
    "status" TEXT NOT NULL,
    "reviewNote" TEXT,
    "gwpSet" TEXT NOT NULL,
    "contributor" TEXT,
    "sourceText" TEXT,
    "tags" TEXT[],
    "searchText" TEXT NOT NULL,

    CONSTRAINT "EmissionFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomFactor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT,
    "unit" TEXT NOT NULL,
    "value" DECIMAL NOT NULL,
    "uncertaintyPct" DECIMAL,
    "source" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "region" TEXT,
    "referenceYear" INTEGER,
    "status" "CustomFactorStatus" NOT NULL DEFAULT 'ACTIVE',
    "supersedesId" TEXT,
    "createdById" TEXT,
    "retiredAt" TIMESTAMP(3),
    "retiredById" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomFactor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactorRelease_source_version_key" ON "FactorRelease"("source", "version");

-- CreateIndex
CREATE INDEX "EmissionFactor_releaseId_idx" ON "EmissionFactor"("releaseId");

-- CreateIndex
CREATE INDEX "EmissionFactor_source_sourceId_idx" ON "EmissionFactor"("source", "sourceId");

-- CreateIndex
CREATE INDEX "EmissionFactor_searchText_idx" ON "EmissionFactor" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CustomFactor_supersedesId_key" ON "CustomFactor"("supersedesId");

-- CreateIndex
CREATE INDEX "CustomFactor_organizationId_status_nameFr_idx" ON "CustomFactor"("organizationId", "status", "nameFr");

-- CreateIndex
CREATE UNIQUE INDEX "CustomFactor_organizationId_key_version_key" ON "CustomFactor"("organizationId", "key", "version");

-- AddForeignKey
ALTER TABLE "EmissionFactor" ADD CONSTRAINT "EmissionFactor_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "FactorRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomFactor" ADD CONSTRAINT "CustomFactor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomFactor" ADD CONSTRAINT "CustomFactor_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "CustomFactor"("id") ON DELETE SET NULL ON UPDATE CASCADE;
