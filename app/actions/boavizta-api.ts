"use server";

import { revalidatePath } from "next/cache";
import { requestLocale } from "@/i18n/request-locale";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { boaviztaApiUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { zBoaviztaCloudForm, zBoaviztaServerForm } from "@/lib/imports/boavizta/api-forms";
import { importFromBoaviztApi, type TBoaviztaApiSubmission } from "@/lib/imports/boavizta/api-import";

// The BoaviztAPI forms (lib/imports/boavizta/api-import.ts): the API's answer becomes an import preview,
// confirmed and committed on the import's page like an uploaded file. Same permission as imports.

async function submit(submission: TBoaviztaApiSubmission, ctx: OrgActionContext) {
  const baseUrl = boaviztaApiUrl();
  if (!baseUrl) throw new AppError("VALIDATION", { api: "boaviztaApi.errors.notConfigured" });
  const locale = await requestLocale();
  const preview = await importFromBoaviztApi(db(), scopeOf(ctx), { baseUrl, locale, submission });
  revalidatePath(`/${ctx.organization.slug}/imports`);
  return preview;
}

export const boaviztaServerImportAction = orgAction(
  { permission: "imports.manage", schema: zBoaviztaServerForm },
  async (form, ctx) => submit({ kind: "server", form }, ctx),
);

export const boaviztaCloudImportAction = orgAction(
  { permission: "imports.manage", schema: zBoaviztaCloudForm },
  async (form, ctx) => submit({ kind: "cloud", form }, ctx),
);
