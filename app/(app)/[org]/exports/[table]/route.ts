import { z } from "zod";
import { requestLocale } from "@/i18n/request-locale";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { dashboardExport } from "@/lib/exports/dashboard-export";
import { DASHBOARD_TABLES } from "@/lib/exports/dashboard-tables";
import { downloadHeaders, notFound } from "@/lib/exports/download";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { can } from "@/lib/permissions";

// GET /<org>/exports/<table>?format=csv|xlsx&period=…&basis=…&scope2=…&view=…&against=…: one overview table as a
// file, for whoever may read the dashboard (viewers included). The organisation comes from the session's
// membership of the slug, never from an id in the address; anything refused is the same 404.
const ZParams = z.object({ table: z.enum(DASHBOARD_TABLES), format: z.enum(["csv", "xlsx"]) });

export async function GET(request: Request, { params }: { params: Promise<{ org: string; table: string }> }) {
  const { org, table } = await params;
  const url = new URL(request.url);
  const parsed = ZParams.safeParse({ table, format: url.searchParams.get("format") });
  if (!parsed.success) return notFound();
  const user = await getSessionUser();
  if (!user) return notFound();
  const access = await resolveOrgAccess(db(), { userId: user.id, slug: org });
  if (!access || !can(access.role, "dashboard.read")) return notFound();
  const get = (name: string) => url.searchParams.get(name) ?? undefined;
  const file = await dashboardExport(
    db(),
    { organization: access.organization, userEmail: user.email },
    {
      ...parsed.data,
      searchParams: {
        period: get("period"),
        basis: get("basis"),
        scope2: get("scope2"),
        view: get("view"),
        against: get("against"),
      },
      locale: await requestLocale(),
    },
  );
  if (!file) return notFound();
  return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType, file.body.length) });
}
