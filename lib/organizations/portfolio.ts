import { recordAudit, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { uniqueSlug } from "@/lib/organizations/slug";
import { ZCountryCode } from "@/lib/sites/schemas";
import { optionalUserInteger, z } from "@/lib/validation";

// Built for the user's locale, which decides how a typed headcount reads.
export const zClientCreate = (locale: string) =>
  z.object({
    firmId: z.string().min(1).max(64),
    name: z.string().trim().min(2).max(120),
    country: ZCountryCode,
    headcount: optionalUserInteger(locale, { min: 0, max: 10_000_000 }),
  });
export type TClientCreate = z.output<ReturnType<typeof zClientCreate>>;

// Every firm the consultant belongs to, with its clients and a few facts to pick where to work next.
export async function listPortfolio(db: Db, userId: string) {
  const firms = await db.consultingFirm.findMany({
    where: { members: { some: { userId } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      clients: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          country: true,
          headcount: true,
          baseYear: true,
          updatedAt: true,
          _count: { select: { sites: true, memberships: true } },
          periods: { orderBy: { year: "desc" }, take: 1, select: { year: true, status: true } },
        },
      },
    },
  });
  return firms;
}

export async function createClientOrganization(db: Db, actor: AuditActor, input: TClientCreate) {
  return db.$transaction(async (tx) => {
    const consultant = await tx.firmMembership.findUnique({
      where: { firmId_userId: { firmId: input.firmId, userId: actor.id } },
    });
    if (!consultant) throw new AppError("NOT_FOUND");
    const slug = await uniqueSlug(tx, input.name);
    const organization = await tx.organization.create({
      data: {
        name: input.name,
        slug,
        country: input.country,
        headcount: input.headcount,
        consultingFirmId: input.firmId,
      },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor,
      action: "organization.create",
      entityType: "Organization",
      entityId: organization.id,
      after: organization,
    });
    return organization;
  });
}
