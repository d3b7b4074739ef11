-- AlterTable
ALTER TABLE "ActivityData" ADD COLUMN     "dataQuality" TEXT,
ADD COLUMN     "libraryFactorId" TEXT,
ADD COLUMN     "marketInstrument" JSONB;

-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "capitalGoodsMethod" TEXT NOT NULL DEFAULT 'whole',
ADD COLUMN     "gwpSet" TEXT NOT NULL DEFAULT 'AR5',
ADD COLUMN     "includeContrails" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "coolingNetwork" TEXT,
ADD COLUMN     "heatNetwork" TEXT,
ADD COLUMN     "marketInstrument" JSONB;
