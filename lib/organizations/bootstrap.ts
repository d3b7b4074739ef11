import { acceptLatestReleases } from "@/lib/factors/org-index";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { TSetup } from "@/lib/auth/schemas";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { uniqueSlug } from "@/lib/organizations/slug";

export async function isFirstRun(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

// First run on a fresh install: the first person becomes owner of a company, or the consultant of a
// firm (who then adds client organisations from the portfolio). Refused as soon as any user exists.
export async function bootstrapFirstRun(db: Db, input: TSetup): Promise<{ redirectTo: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Two simultaneous first runs must not both see an empty server.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('albedo:first-run'))`;
    if ((await tx.user.count()) > 0) throw new AppError("SETUP_CLOSED");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    const actor = { id: user.id, email: user.email };
    const slug = await uniqueSlug(tx, input.organizationName);
    if (input.kind === "consultancy") {
      const firm = await tx.consultingFirm.create({
        data: { name: input.organizationName, slug, members: { create: { userId: user.id } } },
      });
      await recordAudit(tx, {
        organizationId: null,
        actor,
        action: "firm.create",
        entityType: "ConsultingFirm",
        entityId: firm.id,
        after: firm,
      });
      return { redirectTo: "/portfolio" };
    }
    const organization = await tx.organization.create({
      data: { name: input.organizationName, slug, memberships: { create: { userId: user.id, role: "OWNER" } } },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor,
      action: "organization.create",
      entityType: "Organization",
      entityId: organization.id,
      after: organization,
    });
    await acceptLatestReleases(tx, organization.id, actor);
    return { redirectTo: `/${organization.slug}` };
  });
}
