// Direct access to the e2e app's database, for journeys that need data no screen can create (a newer
// factor release being installed) or an organisation of their own. Only the release-job project uses
// it, after every other spec has run (playwright.config.ts), so nothing else sees its release.
import { createActivity } from "../../lib/activity/mutations.ts";
import { electricity } from "../../lib/activity/testing.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";
import { dateOfIso } from "../../lib/periods/dates.ts";
import { serverUrl, DEFAULT_DATABASE } from "../../scripts/lib/embedded-postgres.ts";
import { uniqueEmail, DEMO_PASSWORD } from "./app";
import { uniqueMarker } from "./factors";

export function e2eDb(): Db {
  return createPrismaClient(serverUrl(Number(process.env.E2E_PG_PORT ?? 54349), DEFAULT_DATABASE));
}

/** A new organisation with one manager (demo password) and `count` electricity activities in 2024. */
export async function organisationWithActivities(db: Db, count: number) {
  const marker = uniqueMarker("jobs");
  const email = uniqueEmail("manager");
  const user = await db.user.create({
    data: { email, name: `Manon ${marker}`, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  const organization = await db.organization.create({ data: { name: `Org ${marker}`, slug: marker } });
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "MANAGER" } });
  const period = await db.reportingPeriod.create({
    data: {
      organizationId: organization.id,
      year: 2024,
      label: "2024",
      startDate: dateOfIso("2024-01-01"),
      endDate: dateOfIso("2024-12-31"),
    },
  });
  const scope = { organizationId: organization.id, actor: { id: user.id, email } };
  for (let i = 0; i < count; i++) {
    await createActivity(db, scope, electricity(period.id, { quantity: String(1000 * (i + 1)) }));
  }
  return { organization, user, email };
}
