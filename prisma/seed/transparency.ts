// Demo public transparency pages: each demo organisation publishes every section (its contributions
// apart), totals of its first and latest periods, at the readable address /p/<organisation slug> (listed in the README), through
// the app's own publishPage (snapshot and audit row). Idempotent: an organisation that already has a page
// (published or revoked since) is left as it is.
import type { Db } from "@/lib/db/client";
import { publishPage } from "@/lib/transparency/mutations";
import { ZPublishInput } from "@/lib/transparency/schemas";

export async function seedDemoTransparency(db: Db, slugs: readonly string[]) {
  for (const slug of slugs) {
    const organization = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const organizationId = organization.id;
    if ((await db.transparencyPage.count({ where: { organizationId } })) > 0) continue;
    const periods = await db.reportingPeriod.findMany({ where: { organizationId }, orderBy: { year: "asc" } });
    if (periods.length === 0) continue;
    const manager = await db.user.findUniqueOrThrow({ where: { email: `manager@${slug}.example` } });
    await publishPage(
      db,
      { organizationId, actor: { id: manager.id, email: manager.email } },
      ZPublishInput.parse({
        slug,
        periodIds: [...new Set([periods[0]!.id, periods.at(-1)!.id])],
        totals: true,
        baseYear: true,
        targets: true,
        actions: true,
        methodology: true,
        contributions: true,
      }),
    );
  }
}
