import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { TProductCreate, TProductUpdate } from "@/lib/products/schemas";

// Names are unique per organisation: the index decides, and the clash is reported on the name field.
async function guardUniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { name: "errors.CONFLICT" });
    throw error;
  }
}

export async function createProduct(db: Db, scope: TenantScope, input: TProductCreate) {
  return guardUniqueName(() =>
    db.$transaction(async (tx) => {
      const product = await tx.product.create({ data: { ...input, organizationId: scope.organizationId } });
      await recordAudit(tx, {
        ...scope,
        action: "product.create",
        entityType: "Product",
        entityId: product.id,
        after: product,
      });
      return product;
    }),
  );
}

export async function updateProduct(db: Db, scope: TenantScope, productId: string, input: TProductUpdate) {
  return guardUniqueName(() =>
    db.$transaction(async (tx) => {
      const where = { id: productId, organizationId: scope.organizationId };
      const before = await tx.product.findFirst({ where });
      if (!before) throw new AppError("NOT_FOUND");
      const { count } = await tx.product.updateMany({ where, data: input });
      if (count !== 1) throw new AppError("NOT_FOUND");
      const after = await tx.product.findFirstOrThrow({ where });
      await recordAudit(tx, {
        ...scope,
        action: "product.update",
        entityType: "Product",
        entityId: productId,
        before,
        after,
      });
      return after;
    }),
  );
}

export async function deleteProduct(db: Db, scope: TenantScope, productId: string) {
  await db.$transaction(async (tx) => {
    const where = { id: productId, organizationId: scope.organizationId };
    const before = await tx.product.findFirst({ where });
    if (!before) throw new AppError("NOT_FOUND");
    // Emissions allocated to a product must not silently lose it: the user reassigns them first.
    if ((await tx.activityData.count({ where: { organizationId: scope.organizationId, productId } })) > 0)
      throw new AppError("IN_USE");
    const { count } = await tx.product.deleteMany({ where });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { ...scope, action: "product.delete", entityType: "Product", entityId: productId, before });
  });
}
