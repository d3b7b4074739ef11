import type { Db } from "@/lib/db/client";
import type { EffectiveRole } from "@/lib/permissions";

export type OrgSummary = { id: string; slug: string; name: string };
export type OrgAccess = { organization: OrgSummary; role: EffectiveRole; viaFirm: boolean };

const orgSummary = { id: true, slug: true, name: true } as const;
// What slugify() produces; anything else (a crafted action call, a NUL byte) cannot name an organisation.
const SLUG = /^[a-z0-9-]{1,80}$/;

// A direct membership wins; otherwise a consultant reaches the organisation through the firm serving it.
export async function resolveOrgAccess(
  db: Db,
  { userId, slug }: { userId: string; slug: string },
): Promise<OrgAccess | null> {
  if (!SLUG.test(slug)) return null;
  const organization = await db.organization.findUnique({
    where: { slug },
    select: { ...orgSummary, consultingFirmId: true },
  });
  if (!organization) return null;
  const { consultingFirmId, ...summary } = organization;

  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: organization.id, userId } },
    select: { role: true },
  });
  if (membership) return { organization: summary, role: membership.role, viaFirm: false };

  if (consultingFirmId) {
    const consultant = await db.firmMembership.findUnique({
      where: { firmId_userId: { firmId: consultingFirmId, userId } },
      select: { id: true },
    });
    if (consultant) return { organization: summary, role: "CONSULTANT", viaFirm: true };
  }
  return null;
}

export type AccessibleOrg = OrgSummary & { role: EffectiveRole; firmName: string | null };

export async function listAccessibleOrganizations(db: Db, userId: string): Promise<AccessibleOrg[]> {
  const [memberships, firms] = await Promise.all([
    db.membership.findMany({
      where: { userId },
      select: { role: true, organization: { select: orgSummary } },
    }),
    db.firmMembership.findMany({
      where: { userId },
      select: { firm: { select: { name: true, clients: { select: orgSummary } } } },
    }),
  ]);
  const byId = new Map<string, AccessibleOrg>();
  for (const { firm } of firms) {
    for (const client of firm.clients) byId.set(client.id, { ...client, role: "CONSULTANT", firmName: firm.name });
  }
  for (const m of memberships) byId.set(m.organization.id, { ...m.organization, role: m.role, firmName: null });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
