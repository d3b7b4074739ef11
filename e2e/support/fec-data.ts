// Data for the FEC journey that no screen can create: an organisation of its own with a manager, open 2024
// and 2025 periods, a train trip in 2024 (physical travel data, so the travel account's spend would be
// counted twice), and two generated ledgers (lib/imports/fec/testing/generate.ts): 2024 tab-separated in
// UTF-8, 2025 pipe-separated in Windows-1252, each a few hundred entries with credit notes and rebates.
// Run with tsx in a child process (the app's modules import JSON data files, which Playwright's loader
// cannot):
//   node --import tsx e2e/support/fec-data.ts setup | state <orgId>
// and prints one JSON line.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createActivity } from "../../lib/activity/mutations.ts";
import { ZActivityCreate } from "../../lib/activity/schemas.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { acceptLatestReleases } from "../../lib/factors/org-index.ts";
import { generateFec } from "../../lib/imports/fec/testing/generate.ts";
import { dateOfIso } from "../../lib/periods/dates.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

const [command, arg] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));
const PASSWORD = "Albedo-demo-2026";
// The accounts the journey looks at: office supplies (remapped), travel (excluded), energy (excluded by default).
const WATCHED = ["6064", "6251", "6061"];

async function setup() {
  const marker = `fec${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const email = `manager-${marker}@e2e.example`;
  const user = await db.user.create({
    data: { email, name: `Manon ${marker}`, passwordHash: await hashPassword(PASSWORD) },
  });
  const organization = await db.organization.create({ data: { name: `Org ${marker}`, slug: marker } });
  await acceptLatestReleases(db, organization.id); // as organisation creation does (lib/organizations)
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "MANAGER" } });
  const periods = [];
  for (const year of [2024, 2025]) {
    periods.push(
      await db.reportingPeriod.create({
        data: {
          organizationId: organization.id,
          year,
          label: String(year),
          startDate: dateOfIso(`${year}-01-01`),
          endDate: dateOfIso(`${year}-12-31`),
        },
      }),
    );
  }
  const scope = { organizationId: organization.id, actor: { id: user.id, email } };
  const trip = { periodId: periods[0]!.id, activityTypeId: "travel.train.tgv", quantity: "850", unit: "p.km" };
  await createActivity(db, scope, ZActivityCreate.parse({ ...trip, label: "Paris – Lyon A/R" }));

  const dir = path.join(tmpdir(), `albedo-e2e-${marker}`);
  mkdirSync(dir, { recursive: true });
  const files = [
    { year: 2024, fixture: generateFec({ year: 2024, entries: 400, separator: "\t", seed: 2024 }) },
    {
      year: 2025,
      fixture: generateFec({ year: 2025, entries: 300, separator: "|", encoding: "windows-1252", seed: 2025 }),
    },
  ].map(({ year, fixture }) => {
    const file = path.join(dir, `FEC-${year}.txt`);
    writeFileSync(file, fixture.bytes);
    const watched = Object.fromEntries(
      WATCHED.map((a) => [a, { net: fixture.expected.get(a) ?? null, label: fixture.labels.get(a) ?? null }]),
    );
    return { year, path: file, lines: fixture.lines, accounts: watched };
  });
  return { organizationId: organization.id, slug: organization.slug, email, password: PASSWORD, files };
}

/** The FEC import's spend rows in the inventory, and the ratio each one's lines used. */
async function state(organizationId: string) {
  const rows = await db.activityData.findMany({
    where: { organizationId, sourceKind: "FEC_IMPORT" },
    select: {
      label: true,
      quantity: true,
      options: true,
      kgCO2e: true,
      period: { select: { year: true } },
      lines: { select: { factorId: true, factorValue: true, factorUnit: true }, take: 1 },
    },
    orderBy: { label: "asc" },
  });
  return rows.map((r) => ({
    label: r.label,
    year: r.period.year,
    quantity: r.quantity.toFixed(2),
    options: r.options,
    kgCO2e: r.kgCO2e.toFixed(6),
    factor: r.lines[0]
      ? { id: r.lines[0].factorId, value: r.lines[0].factorValue.toFixed(), unit: r.lines[0].factorUnit }
      : null,
  }));
}

try {
  const out = command === "setup" ? await setup() : command === "state" && arg ? await state(arg) : null;
  if (!out) throw new Error("usage: setup | state <orgId>");
  console.log(JSON.stringify(out));
} finally {
  await db.$disconnect();
}
