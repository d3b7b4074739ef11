import { requestLocale } from "@/i18n/request-locale";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { downloadHeaders, notFound } from "@/lib/exports/download";
import { templateDownload, ZTemplateDownload } from "@/lib/imports/templates/download";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";
import { listSites } from "@/lib/sites/queries";

// GET /<org>/imports/templates/<category>?format=csv|xlsx&lang=fr|en: an import template, for whoever may
// enter activity data. The XLSX lists the organisation's sites (from the session's membership of the
// slug, never from an id in the address); anything refused is the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ org: string; category: string }> }) {
  const { org, category } = await params;
  const url = new URL(request.url);
  const parsed = ZTemplateDownload.safeParse({
    category,
    format: url.searchParams.get("format"),
    language: url.searchParams.get("lang") ?? (await requestLocale()),
  });
  if (!parsed.success) return notFound();
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "activity.create")) return notFound();
  const sites = await listSites(db(), access.organization.id);
  const file = await templateDownload(parsed.data.category, parsed.data.format, parsed.data.language, {
    sites: sites.map((s) => s.name),
  });
  return new Response(new Uint8Array(file.body), {
    headers: downloadHeaders(file.fileName, file.contentType, file.body.length),
  });
}
