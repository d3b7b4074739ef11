-- AlterTable
ALTER TABLE "Import" ADD COLUMN     "stagedFingerprint" TEXT;
