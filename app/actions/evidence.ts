"use server";

import { revalidatePath } from "next/cache";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attachEvidence, deleteEvidence } from "@/lib/evidence/mutations";
import { EVIDENCE_MAX_BYTES } from "@/lib/evidence/rules";
import { ZId, z } from "@/lib/validation";

// Uploads arrive as FormData (the file and exactly one owner: activityId or requestId); the type is decided
// from the bytes in lib/evidence, who may attach from the owner (lib/evidence/owners.ts).
const ZEvidenceUpload = z.instanceof(FormData).transform((form, ctx) => {
  const owners = (["activityId", "requestId"] as const).filter((key) => form.has(key));
  const owner = owners.length === 1 ? (owners[0] as "activityId" | "requestId") : null;
  const id = ZId.safeParse(owner === null ? undefined : form.get(owner));
  const file = form.get("file");
  if (owner === null || !id.success)
    ctx.addIssue({ code: "custom", path: [owner ?? "activityId"], message: "validation.required" });
  if (!(file instanceof File)) ctx.addIssue({ code: "custom", path: ["file"], message: "evidence.errors.empty" });
  if (owner === null || !id.success || !(file instanceof File)) return z.NEVER;
  return { owner: owner === "activityId" ? { activityId: id.data } : { requestId: id.data }, file };
});

const evidenceScope = (ctx: OrgActionContext) => ({ ...scopeOf(ctx), role: ctx.role });

export const attachEvidenceAction = orgAction(
  { permission: "activity.create", schema: ZEvidenceUpload },
  async ({ owner, file }, ctx) => {
    // Refuse before reading the body into memory twice.
    if (file.size > EVIDENCE_MAX_BYTES) throw new AppError("VALIDATION", { file: "evidence.errors.tooLarge" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const saved = await attachEvidence(db(), evidenceScope(ctx), { ...owner, fileName: file.name, bytes });
    revalidatePath(`/${ctx.organization.slug}/collection`, "layout");
    return { id: saved.id, fileName: saved.fileName, mediaType: saved.mediaType, sizeBytes: saved.sizeBytes };
  },
);

export const deleteEvidenceAction = orgAction(
  { permission: "activity.create", schema: z.object({ id: ZId }) },
  async ({ id }, ctx) => {
    await deleteEvidence(db(), evidenceScope(ctx), id);
    revalidatePath(`/${ctx.organization.slug}/collection`, "layout");
    return { id };
  },
);
