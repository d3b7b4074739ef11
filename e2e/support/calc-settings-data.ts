// Data for the calculation-settings journey: an organisation of its own (the demo ones are watched by the
// cross-tenant spec), with an open 2025 period holding refrigerant leaks and a locked 2022 period. Run
// with tsx in a child process against the e2e database; prints one JSON line.
//   node --import tsx e2e/support/calc-settings-data.ts setup
import { scriptVar } from "../../scripts/lib/env.ts";
import { randomBytes } from "node:crypto";
import { createActivity } from "../../lib/activity/mutations.ts";
import { ZActivityCreate } from "../../lib/activity/schemas.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { acceptLatestReleases } from "../../lib/factors/org-index.ts";
import { dateOfIso } from "../../lib/periods/dates.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";

const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));
const PASSWORD = "Albedo-demo-2026";

async function setup() {
  const marker = `calc${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const email = `manager-${marker}@e2e.example`;
  const user = await db.user.create({
    data: { email, name: `Manon ${marker}`, passwordHash: await hashPassword(PASSWORD) },
  });
  const organization = await db.organization.create({ data: { name: `Org ${marker}`, slug: marker } });
  await acceptLatestReleases(db, organization.id);
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "MANAGER" } });
  const period = (year: number, locked: boolean) =>
    db.reportingPeriod.create({
      data: {
        organizationId: organization.id,
        year,
        label: String(year),
        startDate: dateOfIso(`${year}-01-01`),
        endDate: dateOfIso(`${year}-12-31`),
        status: locked ? "LOCKED" : "OPEN",
        lockedAt: locked ? new Date() : null,
      },
    });
  const open = await period(2025, false);
  await period(2022, true);
  const scope = { organizationId: organization.id, actor: { id: user.id, email } };
  for (let i = 1; i <= 6; i++) {
    const leak = { periodId: open.id, activityTypeId: "refrigerant.r410a", quantity: String(i), unit: "kg" };
    await createActivity(db, scope, ZActivityCreate.parse(leak));
  }
  return { slug: organization.slug, email, password: PASSWORD };
}

try {
  if (process.argv[2] !== "setup") throw new Error("usage: setup");
  console.log(JSON.stringify(await setup()));
} finally {
  await db.$disconnect();
}
