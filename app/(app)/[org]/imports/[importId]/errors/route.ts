import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { CSV_TYPE, downloadHeaders, notFound } from "@/lib/exports/download";
import { errorReportCsv, type TTranslate } from "@/lib/imports/error-report";
import { getImport } from "@/lib/imports/queries";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";

// GET /<org>/imports/<importId>/errors: the import's per-row errors as CSV (row, column, message in the
// reader's language). Another organisation's import, a foreign id or a visitor: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; importId: string }> }) {
  const { org, importId } = await params;
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "imports.read")) return notFound();
  const imp = await getImport(db(), access.organization.id, importId);
  if (!imp) return notFound();
  const locale = await getLocale();
  const t = (await getTranslations()) as unknown as TTranslate;
  const tr = await getTranslations("imports.report");
  const csv = errorReportCsv(imp.errors, t, locale, { row: tr("row"), column: tr("column"), message: tr("message") });
  return new Response(csv, { headers: downloadHeaders(`errors-${imp.id.slice(0, 8)}.csv`, CSV_TYPE) });
}
