-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "requestId" TEXT,
ALTER COLUMN "activityId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "EvidenceFile_organizationId_requestId_idx" ON "EvidenceFile"("organizationId", "requestId");

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A document backs exactly one owner: an activity line or a data request (Prisma cannot express it).
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_one_owner" CHECK (num_nonnulls("activityId", "requestId") = 1);
