"use server";

import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resetFecMapping, saveFecMapping } from "@/lib/imports/fec/mappings";
import { analyseFec, previewFecAccounts } from "@/lib/imports/fec/preview";
import { FEC_MAX_BYTES, ZFecAccountNumber, ZFecMappingSave, ZFecPreviewInput } from "@/lib/imports/fec/schemas";
import { ZId, z } from "@/lib/validation";

// The FEC mapping screen (app/(app)/[org]/imports/fec): upload and read a ledger in memory, preview its
// spend rows, and remember per account what the organisation chose. Committing the rows is the import
// pipeline's job (lib/imports), not these actions'.
const ZFecUpload = z.instanceof(FormData).transform((form, ctx) => {
  const file = form.get("file");
  const periodId = ZId.safeParse(form.get("periodId"));
  if (!periodId.success) ctx.addIssue({ code: "custom", path: ["periodId"], message: "validation.required" });
  if (!(file instanceof File)) ctx.addIssue({ code: "custom", path: ["file"], message: "imports.errors.fecEmpty" });
  if (!periodId.success || !(file instanceof File)) return z.NEVER;
  return { periodId: periodId.data, file };
});

export const analyseFecAction = orgAction(
  { permission: "activity.validate", schema: ZFecUpload },
  async ({ periodId, file }, ctx) => {
    // Refused before the body is read into memory.
    if (file.size > FEC_MAX_BYTES) throw new AppError("VALIDATION", { file: "imports.errors.tooLarge" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { fileName: file.name, ...(await analyseFec(db(), ctx.organization.id, { periodId, bytes })) };
  },
);

export const previewFecAction = orgAction(
  { permission: "activity.validate", schema: ZFecPreviewInput },
  async (input, ctx) => previewFecAccounts(db(), ctx.organization.id, input),
);

export const saveFecMappingAction = orgAction(
  { permission: "activity.validate", schema: ZFecMappingSave },
  async (input, ctx) => saveFecMapping(db(), scopeOf(ctx), input),
);

export const resetFecMappingAction = orgAction(
  { permission: "activity.validate", schema: z.object({ account: ZFecAccountNumber }) },
  async ({ account }, ctx) => {
    await resetFecMapping(db(), scopeOf(ctx), account);
    return { account };
  },
);
