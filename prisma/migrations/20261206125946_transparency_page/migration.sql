-- CreateTable
CREATE TABLE "TransparencyPage" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "slug" TEXT,
    "sections" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransparencyPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyPage_organizationId_key" ON "TransparencyPage"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyPage_token_key" ON "TransparencyPage"("token");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyPage_slug_key" ON "TransparencyPage"("slug");

-- AddForeignKey
ALTER TABLE "TransparencyPage" ADD CONSTRAINT "TransparencyPage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
