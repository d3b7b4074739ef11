import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { downloadHeaders, fileNamePart, notFound } from "@/lib/exports/download";
import { findImportFile } from "@/lib/imports/queries";
import { fileStream } from "@/lib/imports/store";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";

// GET /<org>/imports/<importId>/file: the original file of an import, as uploaded, for those who import
// (a ledger holds more than emissions). Another organisation's import, a foreign id or a visitor: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; importId: string }> }) {
  const { org, importId } = await params;
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "imports.manage")) return notFound();
  const scope = { organizationId: access.organization.id };
  const file = await findImportFile(db(), scope.organizationId, importId);
  if (!file) return notFound();
  const dot = file.fileName.lastIndexOf(".");
  const name =
    dot > 0
      ? `${fileNamePart(file.fileName.slice(0, dot))}${fileNamePart(file.fileName.slice(dot))}`
      : fileNamePart(file.fileName);
  return new Response(fileStream(db(), scope, file.id), {
    headers: downloadHeaders(name, file.mediaType, file.sizeBytes),
  });
}
