import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readEvidence } from "@/lib/evidence/queries";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";
import { mayViewRequest } from "@/lib/requests/visibility";

// Download of an evidence document: a line's for whoever may read the organisation's activity data, a
// request's only for whoever sees that request (its assignee, request managers). Anything else (signed out, another organisation, a foreign id) is the same 404, so nothing hints it exists.
const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; evidenceId: string }> }) {
  const { org, evidenceId } = await params;
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "activity.read")) return notFound();
  const file = await readEvidence(db(), access.organization.id, evidenceId);
  if (!file) return notFound();
  if (file.request && !mayViewRequest({ role: access.role, userId: user.id }, file.request)) return notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}
