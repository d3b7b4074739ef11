-- DropIndex
DROP INDEX "LoginAttempt_ip_createdAt_idx";

-- AlterTable: the address column keeps its recent rows (throttling in progress survives the upgrade).
ALTER TABLE "LoginAttempt" RENAME COLUMN "ip" TO "clientKey";
ALTER TABLE "LoginAttempt" ADD COLUMN "deviceId" TEXT;

-- CreateTable
CREATE TABLE "TrustedDevice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedDevice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrustedDevice_userId_tokenHash_key" ON "TrustedDevice"("userId", "tokenHash");

-- CreateIndex
CREATE INDEX "LoginAttempt_clientKey_createdAt_idx" ON "LoginAttempt"("clientKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_deviceId_createdAt_idx" ON "LoginAttempt"("deviceId", "createdAt");

-- AddForeignKey
ALTER TABLE "TrustedDevice" ADD CONSTRAINT "TrustedDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
