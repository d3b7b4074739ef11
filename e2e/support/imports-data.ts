// Data for the imports journey that no screen can create: an organisation of its own with a manager and
// an open 2024 period, and the French energy template as the app serves it (for the API script, which
// has no page to download it from). Run with tsx in a child process (the app's modules import JSON data files, which
// Playwright's loader cannot):
//   node --import tsx e2e/support/imports-data.ts setup | state <orgId>
// and prints one JSON line.
import { scriptVar } from "../../scripts/lib/env.ts";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { acceptLatestReleases } from "../../lib/factors/org-index.ts";
import { templateCsv } from "../../lib/imports/templates/csv-file.ts";
import { dateOfIso } from "../../lib/periods/dates.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";

const [command, arg] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));
const PASSWORD = "Albedo-demo-2026";

async function setup() {
  const marker = `imp${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const email = `manager-${marker}@e2e.example`;
  const user = await db.user.create({
    data: { email, name: `Manon ${marker}`, passwordHash: await hashPassword(PASSWORD) },
  });
  const organization = await db.organization.create({ data: { name: `Org ${marker}`, slug: marker } });
  await acceptLatestReleases(db, organization.id); // as organisation creation does (lib/organizations)
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "MANAGER" } });
  await db.reportingPeriod.create({
    data: {
      organizationId: organization.id,
      year: 2024,
      label: "2024",
      startDate: dateOfIso("2024-01-01"),
      endDate: dateOfIso("2024-12-31"),
    },
  });
  return {
    organizationId: organization.id,
    slug: organization.slug,
    email,
    password: PASSWORD,
    template: templateCsv("energy", "fr").toString("utf8"),
  };
}

/** What the inventory holds: activities (and those of an import), and the sum of their lines. */
async function state(organizationId: string) {
  const [activities, imported, lines] = await Promise.all([
    db.activityData.count({ where: { organizationId } }),
    db.activityData.count({ where: { organizationId, importId: { not: null } } }),
    db.emissionLine.findMany({ where: { organizationId }, select: { kgCO2e: true } }),
  ]);
  const micro = lines.reduce((sum, l) => sum + BigInt(l.kgCO2e.times(1_000_000).toFixed(0)), 0n);
  return { activities, imported, kgCO2e: (Number(micro) / 1_000_000).toFixed(6) };
}

try {
  const out = command === "setup" ? await setup() : command === "state" && arg ? await state(arg) : null;
  if (!out) throw new Error("usage: setup | state <orgId>");
  console.log(JSON.stringify(out));
} finally {
  await db.$disconnect();
}
