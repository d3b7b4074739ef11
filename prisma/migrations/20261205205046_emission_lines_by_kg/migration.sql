-- CreateIndex
CREATE INDEX "EmissionLine_organizationId_periodId_kgCO2e_id_idx" ON "EmissionLine"("organizationId", "periodId", "kgCO2e", "id");

-- The same under the market-based scope-2 method (lib/reporting/sql.ts kgSql("market")): an expression
-- index, which schema.prisma cannot describe, so it lives in this migration only.
CREATE INDEX "EmissionLine_organizationId_periodId_marketKg_id_idx" ON "EmissionLine"("organizationId", "periodId", (CASE WHEN "scope" = 2 THEN COALESCE("marketKgCO2e", "kgCO2e") ELSE "kgCO2e" END), "id");
