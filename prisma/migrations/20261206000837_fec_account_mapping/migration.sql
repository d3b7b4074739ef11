-- CreateTable
CREATE TABLE "FecAccountMapping" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "treatment" TEXT NOT NULL,
    "ratioCategory" TEXT,
    "purpose" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FecAccountMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FecAccountMapping_organizationId_accountNumber_key" ON "FecAccountMapping"("organizationId", "accountNumber");

-- AddForeignKey
ALTER TABLE "FecAccountMapping" ADD CONSTRAINT "FecAccountMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
