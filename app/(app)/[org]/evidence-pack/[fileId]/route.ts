import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { downloadHeaders, notFound } from "@/lib/exports/download";
import { exportFileStream, findExportFile } from "@/lib/exports/file-store";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";

// GET /<org>/evidence-pack/<fileId>: a finished evidence pack, streamed from its chunks, for those who may
// read the audit trail it contains. Another organisation's file, a foreign id or a signed-out visitor: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; fileId: string }> }) {
  const { org, fileId } = await params;
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "audit.read")) return notFound();
  const scope = { organizationId: access.organization.id };
  const file = await findExportFile(db(), scope, fileId);
  if (!file) return notFound();
  return new Response(exportFileStream(db(), scope, file.id), {
    headers: downloadHeaders(file.fileName, file.mediaType, file.sizeBytes),
  });
}
