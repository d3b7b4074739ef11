import { ZId, z } from "@/lib/validation";

// The upload form, read the same way from the imports page's action (app/actions/imports.ts) and from
// POST /api/v1/imports: a period, a non-empty file, and whether it replaces the committed import of the
// same file in that period. The size limit is checked by each way in before the bytes are read.
export const ZImportUpload = z.instanceof(FormData).transform((form, ctx) => {
  const periodId = ZId.safeParse(form.get("periodId"));
  const file = form.get("file");
  if (!periodId.success) ctx.addIssue({ code: "custom", path: ["periodId"], message: "validation.required" });
  if (!(file instanceof File) || file.size === 0)
    ctx.addIssue({ code: "custom", path: ["file"], message: "imports.errors.emptyFile" });
  if (!periodId.success || !(file instanceof File) || file.size === 0) return z.NEVER;
  return { periodId: periodId.data, file, replace: form.get("replace") === "true" };
});
