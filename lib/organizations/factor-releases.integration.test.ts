// An organisation accepts the latest factor releases when it is created, in the creation's transaction;
// reading its factor index or its release updates afterwards never writes (issue: reads never write).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listReleaseUpdates } from "@/lib/factors/acceptance/updates";
import { latestBySource } from "@/lib/factors/acceptance/order";
import { buildOrganizationFactorIndex, listAcceptedReleases } from "@/lib/factors/org-index";
import { createClientOrganization } from "@/lib/organizations/portfolio";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const BACKFILL = readFileSync(
  path.join(import.meta.dirname, "../../prisma/migrations/20261205090000_accept_initial_factor_releases/migration.sql"),
  "utf8",
);

async function latestInstalled() {
  const installed = await db.factorRelease.findMany({
    select: { id: true, source: true, version: true, publishedOn: true, installedAt: true },
  });
  return latestBySource(installed).map((r) => ({ source: r.source, version: r.version, releaseId: r.id }));
}

const accepted = async (organizationId: string) =>
  (await listAcceptedReleases(db, organizationId)).map(({ source, version, releaseId }) => ({
    source,
    version,
    releaseId,
  }));

const writesOf = async (organizationId: string) => ({
  accepted: await db.organizationFactorRelease.count({ where: { organizationId } }),
  audit: await db.auditEvent.count({ where: { organizationId } }),
});

describe("initial factor releases", () => {
  it("a client organisation created by a consultant starts on the latest release of every source, audited", async () => {
    const suffix = uniqueSuffix();
    const user = await db.user.create({
      data: { email: `consultant-${suffix}@test.example`, name: "Consultant", passwordHash: "x" },
    });
    const firm = await db.consultingFirm.create({
      data: { name: `Firm ${suffix}`, slug: `firm-${suffix}`, members: { create: { userId: user.id } } },
    });
    const actor = { id: user.id, email: user.email };
    const client = await createClientOrganization(db, actor, {
      firmId: firm.id,
      name: `Client ${suffix}`,
      country: "FR",
      headcount: 12,
    });

    const latest = await latestInstalled();
    expect(latest.map((r) => r.source)).toEqual([
      "ademe",
      "ademe-arcep",
      "ademe-arcep-usage",
      "ademe-waste",
      "desnz",
      "ember",
    ]);
    expect(await accepted(client.id)).toEqual(latest);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: client.id, action: "factorRelease.acceptInitial" },
    });
    expect(event.actorId).toBe(user.id);
    expect(event.after).toEqual({ releases: latest });
  });

  it("reading the factor index or the release updates of an organisation with no release writes nothing", async () => {
    const suffix = uniqueSuffix();
    const bare = await db.organization.create({ data: { name: `Bare ${suffix}`, slug: `bare-${suffix}` } });
    const { index, releases } = await buildOrganizationFactorIndex(db, bare.id);
    expect(releases).toEqual([]);
    expect(index).toBeDefined();
    const updates = await listReleaseUpdates(db, bare.id);
    expect(updates.every((u) => u.accepted === null)).toBe(true);
    expect(await writesOf(bare.id)).toEqual({ accepted: 0, audit: 0 });
  });

  it("the backfill migration gives an organisation without releases the latest ones, once", async () => {
    const suffix = uniqueSuffix();
    const bare = await db.organization.create({ data: { name: `Old ${suffix}`, slug: `old-${suffix}` } });
    const other = await db.organization.create({ data: { name: `Other ${suffix}`, slug: `other-${suffix}` } });
    const desnz = (await latestInstalled()).find((r) => r.source === "desnz")!;
    await db.organizationFactorRelease.create({ data: { organizationId: other.id, ...desnz } });

    await db.$executeRawUnsafe(BACKFILL);
    const latest = await latestInstalled();
    expect(await accepted(bare.id)).toEqual(latest);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: bare.id, action: "factorRelease.acceptInitial" },
    });
    expect(event.actorId).toBeNull();
    expect(event.after).toEqual({ releases: latest });
    // An organisation that already accepted something is left to its managers.
    expect(await accepted(other.id)).toEqual([desnz]);

    await db.$executeRawUnsafe(BACKFILL);
    expect(await writesOf(bare.id)).toEqual({ accepted: latest.length, audit: 1 });
    expect(await writesOf(other.id)).toEqual({ accepted: 1, audit: 0 });
  });
});
