-- CreateTable
CREATE TABLE "ExportFile" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "jobRunId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportFileChunk" (
    "exportFileId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ExportFileChunk_pkey" PRIMARY KEY ("exportFileId","seq")
);

-- CreateIndex
CREATE INDEX "ExportFile_organizationId_kind_periodId_createdAt_idx" ON "ExportFile"("organizationId", "kind", "periodId", "createdAt");

-- CreateIndex
CREATE INDEX "ExportFile_organizationId_jobRunId_idx" ON "ExportFile"("organizationId", "jobRunId");

-- AddForeignKey
ALTER TABLE "ExportFile" ADD CONSTRAINT "ExportFile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFileChunk" ADD CONSTRAINT "ExportFileChunk_exportFileId_fkey" FOREIGN KEY ("exportFileId") REFERENCES "ExportFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
