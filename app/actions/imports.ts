"use server";

import { revalidatePath } from "next/cache";
import { requestLocale } from "@/i18n/request-locale";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rollbackImport } from "@/lib/imports/rollback";
import { IMPORT_MAX_BYTES, previewUpload } from "@/lib/imports/upload";
import { ZImportUpload } from "@/lib/imports/upload-schema";
import { startImportCommit } from "@/lib/jobs/imports";
import { jobSender } from "@/lib/jobs/sender";
import { ZId, z } from "@/lib/validation";

// File imports (lib/imports): upload → preview, confirm → the commit job, roll back a committed import.

const ZImportRef = z.object({ importId: ZId });

export const uploadImportAction = orgAction(
  { permission: "imports.manage", schema: ZImportUpload },
  async ({ periodId, file, replace, boavizta }, ctx) => {
    if (file.size > IMPORT_MAX_BYTES) throw new AppError("VALIDATION", { file: "imports.errors.tooLarge" });
    const bytes = Buffer.from(await file.arrayBuffer());
    const locale = await requestLocale();
    const input = { periodId, fileName: file.name, bytes, replace, locale, boavizta };
    const preview = await previewUpload(db(), scopeOf(ctx), input);
    revalidatePath(`/${ctx.organization.slug}/imports`);
    return preview;
  },
);

export const confirmImportAction = orgAction(
  { permission: "imports.manage", schema: ZImportRef },
  async ({ importId }, ctx) => {
    const started = await startImportCommit(db(), jobSender, scopeOf(ctx), importId);
    revalidatePath(`/${ctx.organization.slug}/imports`);
    return started;
  },
);

export const rollbackImportAction = orgAction(
  { permission: "imports.manage", schema: ZImportRef },
  async ({ importId }, ctx) => {
    const rolled = await rollbackImport(db(), scopeOf(ctx), importId);
    revalidatePath(`/${ctx.organization.slug}`, "layout");
    return rolled;
  },
);
