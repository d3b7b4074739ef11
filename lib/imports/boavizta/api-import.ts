import "server-only";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { previewUpload } from "@/lib/imports/upload";
import { apiVersion, BoaviztApiError, postImpacts } from "./api-client";
import { apiFileName, cloudCall, serverCall, type TBoaviztaCloudForm, type TBoaviztaServerForm } from "./api-forms";
import { annotatedResponse } from "./api-request-record";

// A BoaviztAPI form → the API → the same import as an uploaded file. The response, annotated with the
// resource's name and the request that produced it (api-request-record.ts), becomes the bytes of a
// `boaviztapi-batch` file that previewUpload parses, previews and stores like any upload: the user lands on
// the import's page to check and confirm it, the content hash refuses the same assessment twice in a
// period, and commit, audit and rollback are the pipeline's. Nothing is written when the API fails.

export type TBoaviztaApiSubmission =
  { kind: "server"; form: TBoaviztaServerForm } | { kind: "cloud"; form: TBoaviztaCloudForm };

/** A failed call as the form shows it: a message key under boaviztaApi.errors with its values. */
export function apiFailureMessage(err: BoaviztApiError): string {
  const values = new URLSearchParams({ status: String(err.status ?? ""), detail: err.detail });
  return `boaviztaApi.errors.${err.reason}?${values}`;
}

export async function importFromBoaviztApi(
  db: Db,
  scope: TenantScope,
  input: { baseUrl: string; locale: string; submission: TBoaviztaApiSubmission },
): Promise<{ id: string; status: "PREVIEWED" | "FAILED" }> {
  const { submission } = input;
  const { periodId, name } = submission.form;
  // The period first: another organisation's or a locked one never costs an API call.
  const period = await db.reportingPeriod.findFirst({
    where: { id: periodId, organizationId: scope.organizationId },
    select: { status: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");

  const call = submission.kind === "server" ? serverCall(submission.form) : cloudCall(submission.form);
  let response: unknown;
  try {
    response = await postImpacts(input.baseUrl, call);
  } catch (err) {
    if (err instanceof BoaviztApiError) throw new AppError("VALIDATION", { api: apiFailureMessage(err) });
    throw err;
  }
  const version = await apiVersion(input.baseUrl);
  return previewUpload(db, scope, {
    periodId,
    fileName: apiFileName(call.route, name),
    bytes: annotatedResponse(name, call, response, version),
    replace: false,
    locale: input.locale,
    // The wizard's answers, given by the form: what was assessed says cloud or owned; the PUE as typed.
    boavizta:
      submission.kind === "server"
        ? { usage: "owned", pue: submission.form.pue === null ? null : Number(submission.form.pue) }
        : { usage: "cloud" },
  });
}
