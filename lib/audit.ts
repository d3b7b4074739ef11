import type { Prisma } from "@/generated/prisma/client";

export type AuditActor = { id: string; email: string };
// What every tenant mutation takes: the organisation its predicates are scoped by, and who to audit.
export type TenantScope = { organizationId: string; actor: AuditActor };
export type AuditInput = {
  organizationId: string | null;
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// JSON round-trip turns Dates and Decimals into plain values the audit viewer can show as they were.
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Where an event about an account rather than one organisation's data (a lock-out, a password reset) is
 * recorded: every organisation the account belongs to, or one unscoped row for an account in none (a
 * consultant reaching clients through a firm).
 */
export async function accountAuditOrganizations(tx: Prisma.TransactionClient, userId: string) {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { organizationId: true } });
  return memberships.length > 0 ? memberships.map((m) => m.organizationId) : [null];
}

// Always called with the transaction client of the change it records.
export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  const before = snapshot(input.before);
  const after = snapshot(input.after);
  await tx.auditEvent.create({
    data: {
      organizationId: input.organizationId,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  });
}
