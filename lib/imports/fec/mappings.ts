import "server-only";
// An organisation's remembered treatment of its ledger accounts (FecAccountMapping): read for every FEC it
// imports, saved from the mapping screen. Tenant-scoped by the compound unique (organizationId, accountNumber);
// every change is audited in its transaction.
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FEC_TREATMENTS, type TFecTreatment } from "@/lib/imports/fec/default-mapping";
import type { TFecMappingSave } from "@/lib/imports/fec/schemas";
import type { TFecRemembered } from "@/lib/imports/fec/to-import";

const asTreatment = (t: string): TFecTreatment =>
  (FEC_TREATMENTS as readonly string[]).includes(t) ? (t as TFecTreatment) : "excluded";

export async function listFecMappings(db: Db, organizationId: string): Promise<TFecRemembered[]> {
  const rows = await db.fecAccountMapping.findMany({ where: { organizationId }, orderBy: { accountNumber: "asc" } });
  return rows.map((r) => ({
    account: r.accountNumber,
    treatment: asTreatment(r.treatment),
    ratioCategory: r.ratioCategory,
    purpose: r.purpose,
  }));
}

const view = (r: {
  accountNumber: string;
  treatment: string;
  ratioCategory: string | null;
  purpose: string | null;
}) => ({
  account: r.accountNumber,
  treatment: r.treatment,
  ratioCategory: r.ratioCategory,
  purpose: r.purpose,
});

/** Saves (creates or replaces) the organisation's choice for one account. */
export async function saveFecMapping(db: Db, scope: TenantScope, input: TFecMappingSave): Promise<TFecRemembered> {
  const { organizationId, actor } = scope;
  return db.$transaction(async (tx) => {
    const key = { organizationId_accountNumber: { organizationId, accountNumber: input.account } };
    const before = await tx.fecAccountMapping.findUnique({ where: key });
    const data = {
      treatment: input.treatment,
      ratioCategory: input.ratioCategory,
      purpose: input.purpose,
      updatedById: actor.id,
    };
    const saved = await tx.fecAccountMapping.upsert({
      where: key,
      create: { ...data, organizationId, accountNumber: input.account },
      update: data,
    });
    await recordAudit(tx, {
      ...scope,
      action: "fecMapping.save",
      entityType: "FecAccountMapping",
      entityId: saved.id,
      ...(before ? { before: view(before) } : {}),
      after: view(saved),
    });
    return {
      account: saved.accountNumber,
      treatment: asTreatment(saved.treatment),
      ratioCategory: saved.ratioCategory,
      purpose: saved.purpose,
    };
  });
}

/** Forgets the organisation's choice: the account goes back to the shipped default. */
export async function resetFecMapping(db: Db, scope: TenantScope, account: string): Promise<void> {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const before = await tx.fecAccountMapping.findFirst({ where: { organizationId, accountNumber: account } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.fecAccountMapping.deleteMany({ where: { id: before.id, organizationId } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "fecMapping.reset",
      entityType: "FecAccountMapping",
      entityId: before.id,
      before: view(before),
    });
  });
}
