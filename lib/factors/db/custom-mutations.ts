// Custom factors are versioned, never edited in place: a new version retires the current row and
// inserts the next one with the same key, so every calculation can point at the exact values it used.
// Every change is audited in its own transaction, and every predicate carries the organisation.
import { randomUUID } from "node:crypto";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TCustomFactorCreate, TCustomFactorVersion } from "@/lib/factors/db/custom-schemas";
import { buildSearchText } from "@/lib/factors/db/search-text";

function versionData(input: TCustomFactorCreate) {
  return {
    ...input,
    searchText: buildSearchText([input.nameFr, input.nameEn], [input.source, input.unit, input.region]),
  };
}

// What the audit trail keeps of a version: its content, not the derived search column.
function auditView<T extends { searchText: string }>(row: T): Omit<T, "searchText"> {
  const { searchText: _derived, ...rest } = row;
  return rest;
}

async function activeVersion(tx: Tx, scope: TenantScope, id: string) {
  const row = await tx.customFactor.findFirst({ where: { id, organizationId: scope.organizationId } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status !== "ACTIVE") throw new AppError("CONFLICT"); // only the current version can change
  return row;
}

async function retire(tx: Tx, scope: TenantScope, id: string) {
  const { count } = await tx.customFactor.updateMany({
    where: { id, organizationId: scope.organizationId, status: "ACTIVE" },
    data: { status: "RETIRED", retiredAt: new Date(), retiredById: scope.actor.id },
  });
  if (count !== 1) throw new AppError("CONFLICT"); // retired meanwhile by someone else
  return tx.customFactor.findFirstOrThrow({ where: { id, organizationId: scope.organizationId } });
}

export async function createCustomFactor(db: Db, scope: TenantScope, input: TCustomFactorCreate) {
  return db.$transaction(async (tx) => {
    const created = await tx.customFactor.create({
      data: {
        ...versionData(input),
        organizationId: scope.organizationId,
        key: randomUUID(),
        version: 1,
        createdById: scope.actor.id,
      },
    });
    await recordAudit(tx, {
      ...scope,
      action: "customFactor.create",
      entityType: "CustomFactor",
      entityId: created.id,
      after: auditView(created),
    });
    return created;
  });
}

/** Retires version n (which must be the active one) and creates version n + 1 with the new values. */
export async function versionCustomFactor(db: Db, scope: TenantScope, id: string, input: TCustomFactorVersion) {
  return db.$transaction(async (tx) => {
    const current = await activeVersion(tx, scope, id);
    const retired = await retire(tx, scope, id);
    // (organizationId, key, version) is unique: a concurrent new version of the same row fails here.
    const next = await tx.customFactor.create({
      data: {
        ...versionData(input),
        organizationId: scope.organizationId,
        key: current.key,
        version: current.version + 1,
        supersedesId: current.id,
        createdById: scope.actor.id,
      },
    });
    await recordAudit(tx, {
      ...scope,
      action: "customFactor.version",
      entityType: "CustomFactor",
      entityId: next.id,
      before: auditView(retired),
      after: auditView(next),
    });
    return next;
  });
}

export async function retireCustomFactor(db: Db, scope: TenantScope, id: string) {
  return db.$transaction(async (tx) => {
    const before = await activeVersion(tx, scope, id);
    const after = await retire(tx, scope, id);
    await recordAudit(tx, {
      ...scope,
      action: "customFactor.retire",
      entityType: "CustomFactor",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
