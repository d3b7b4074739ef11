-- CreateIndex
CREATE INDEX "EmissionLine_organizationId_periodId_kgCO2e_id_idx" ON "EmissionLine"("organizationId", "periodId", "kgCO2e", "id");
