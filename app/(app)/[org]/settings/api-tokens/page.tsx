import { getLocale, getTranslations } from "next-intl/server";
import { ApiTokenManager, type TApiTokenView } from "@/components/api-tokens/api-token-manager";
import { db } from "@/lib/db";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { assignableTokenRoles } from "@/lib/api-tokens/roles";
import { formatDateTime } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("apiTokens"))("title") };
}

export default async function ApiTokensPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "apiTokens.manage");
  const [tokens, locale] = await Promise.all([listApiTokens(db(), context.organization.id), getLocale()]);
  const now = Date.now();
  const when = (d: Date | null) => (d === null ? null : formatDateTime(d, locale));
  const views: TApiTokenView[] = tokens.map((tk) => ({
    id: tk.id,
    name: tk.name,
    role: tk.role,
    prefix: tk.prefix,
    state: tk.revokedAt ? "revoked" : tk.expiresAt && tk.expiresAt.getTime() <= now ? "expired" : "active",
    createdAt: formatDateTime(tk.createdAt, locale),
    createdBy: tk.createdBy,
    expiresAt: when(tk.expiresAt),
    lastUsedAt: when(tk.lastUsedAt),
  }));
  return <ApiTokenManager orgSlug={org} tokens={views} roles={assignableTokenRoles(context.role)} />;
}
