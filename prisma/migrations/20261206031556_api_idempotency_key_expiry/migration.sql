-- CreateIndex
CREATE INDEX "ApiIdempotencyKey_organizationId_createdAt_idx" ON "ApiIdempotencyKey"("organizationId", "createdAt");
