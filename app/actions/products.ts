"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { zDigitalModelForm } from "@/lib/products/digital/form-schema";
import { saveDigitalModel } from "@/lib/products/digital/store";
import { createProduct, deleteProduct, updateProduct } from "@/lib/products/mutations";
import { ZProductCreate, ZProductUpdate } from "@/lib/products/schemas";
import { zProductVolumes } from "@/lib/products/volume-schemas";
import { setProductVolumes } from "@/lib/products/volumes";
import { ZEntityId } from "@/lib/sites/schemas";
import { z } from "@/lib/validation";

export const createProductAction = orgAction(
  { permission: "products.manage", schema: ZProductCreate },
  async (input, ctx) => {
    const product = await createProduct(db(), scopeOf(ctx), input);
    revalidatePath(`/${ctx.organization.slug}/settings/products`);
    return { id: product.id };
  },
);

export const updateProductAction = orgAction(
  { permission: "products.manage", schema: z.object({ id: ZEntityId, values: ZProductUpdate }) },
  async ({ id, values }, ctx) => {
    await updateProduct(db(), scopeOf(ctx), id, values);
    revalidatePath(`/${ctx.organization.slug}/settings/products`);
    return { id };
  },
);

export const deleteProductAction = orgAction(
  { permission: "products.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await deleteProduct(db(), scopeOf(ctx), id);
    revalidatePath(`/${ctx.organization.slug}/settings/products`);
    return { id };
  },
);

// A product's functional-unit volume for each period (empty = none): the denominator of its intensity.
export const setProductVolumesAction = orgAction(
  { permission: "products.manage", schema: zProductVolumes },
  async (input, ctx) => {
    await setProductVolumes(db(), scopeOf(ctx), input);
    revalidatePath(`/${ctx.organization.slug}/settings/products`);
    revalidatePath(`/${ctx.organization.slug}`);
    return { productId: input.productId };
  },
);

// A product's digital-use model for a period: saved, then computed into the period's activity data.
export const saveDigitalModelAction = orgAction(
  { permission: "products.manage", schema: zDigitalModelForm },
  async (input, ctx) => {
    const result = await saveDigitalModel(db(), scopeOf(ctx), input);
    revalidatePath(`/${ctx.organization.slug}/products/${input.productId}`);
    revalidatePath(`/${ctx.organization.slug}`);
    return { kgCO2e: result.kgCO2e, activities: result.activities };
  },
);
