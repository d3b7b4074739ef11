// Data for the release-job journey that no screen can create: an organisation of its own with activities,
// and a newer ADEME release installed (then removed). Run with tsx in a child process (the app's modules
// import JSON data files, which Playwright's loader cannot), against the e2e database:
//   node --import tsx e2e/support/release-job-data.ts setup <version> | totals <orgId> | cleanup <releaseId>
// and prints one JSON line.
import { scriptVar } from "../../scripts/lib/env.ts";
import { randomBytes } from "node:crypto";
import { createActivity } from "../../lib/activity/mutations.ts";
import { previewReleaseUpdate } from "../../lib/activity/release-update/apply.ts";
import { electricity } from "../../lib/activity/testing.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { acceptLatestReleases } from "../../lib/factors/org-index.ts";
import { dateOfIso } from "../../lib/periods/dates.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { installNewerAdeme, removeRelease } from "../../tests/fixtures/releases.ts";

const [command, arg] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));
const PASSWORD = "Albedo-demo-2026";

async function setup(version: string, count: number) {
  const marker = `jobs${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const email = `manager-${marker}@e2e.example`;
  const name = `Manon ${marker}`;
  const user = await db.user.create({ data: { email, name, passwordHash: await hashPassword(PASSWORD) } });
  const organization = await db.organization.create({ data: { name: `Org ${marker}`, slug: marker } });
  await acceptLatestReleases(db, organization.id); // as organisation creation does (lib/organizations)
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
  // Calculated (and so on ADEME 23.6) before the newer release exists.
  for (let i = 0; i < count; i++) {
    await createActivity(db, scope, electricity(period.id, { quantity: String(1000 * (i + 1)) }));
  }
  const releaseId = await installNewerAdeme(db, version);
  const preview = await previewReleaseUpdate(db, organization.id, { source: "ademe", version });
  return {
    organizationId: organization.id,
    slug: organization.slug,
    email,
    password: PASSWORD,
    name,
    releaseId,
    activities: preview.activities,
    afterTotal: preview.kgCO2e.after.total,
  };
}

async function totals(organizationId: string) {
  const lines = await db.emissionLine.findMany({
    where: { organizationId },
    select: { kgCO2e: true, factorId: true },
  });
  const micro = lines.reduce((sum, l) => sum + BigInt(l.kgCO2e.times(1_000_000).toFixed(0)), 0n);
  return { total: (Number(micro) / 1_000_000).toFixed(6), factorIds: [...new Set(lines.map((l) => l.factorId))] };
}

try {
  const out =
    command === "setup" && arg
      ? await setup(arg, 12)
      : command === "totals" && arg
        ? await totals(arg)
        : command === "cleanup"
          ? (await removeRelease(db, arg), { ok: true })
          : null;
  if (!out) throw new Error(`usage: setup <version> | totals <orgId> | cleanup <releaseId>`);
  console.log(JSON.stringify(out));
} finally {
  await db.$disconnect();
}
