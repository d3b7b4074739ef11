import { readFileSync } from "node:fs";
import { recordAudit } from "@/lib/audit";
import { acceptLatestReleases } from "@/lib/factors/org-index";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { dateOfIso, defaultPeriodDates, defaultPeriodLabel } from "@/lib/periods/dates";
import { seedDemoActivity } from "./activity";
import { seedDemoAllocation } from "./allocation";
import { seedDemoDigitalModels } from "./digital-models";
import { seedDemoTrajectory } from "./trajectory";
import { seedDemoTransparency } from "./transparency";
import { seedDemoWorkflow } from "./workflow";
import { ZDemoData, type TDemoData } from "./demo-schema";

export function loadDemoData(path = new URL("./demo-data.json", import.meta.url)): TDemoData {
  return ZDemoData.parse(JSON.parse(readFileSync(path, "utf8")));
}

type Org = TDemoData["organizations"][number];

// Idempotent: everything is keyed by natural unique keys (email, slug, org+name, org+year), and an
// existing user's password is never overwritten.
async function upsertUser(db: Db, person: { email: string; name: string }, passwordHash: string) {
  return db.user.upsert({
    where: { email: person.email },
    update: { name: person.name },
    create: { ...person, passwordHash },
  });
}

// Demo periods follow the organisation's fiscal year, like periods created in the app.
function periodDates(year: number, startMonth: number) {
  const range = defaultPeriodDates(year, startMonth);
  return {
    startDate: dateOfIso(range.startDate),
    endDate: dateOfIso(range.endDate),
    label: defaultPeriodLabel(year, startMonth),
  };
}

async function seedOrganization(db: Db, org: Org, firmId: string, passwordHash: string) {
  const profile = {
    name: org.name,
    country: org.country,
    naceCode: org.naceCode,
    headcount: org.headcount,
    annualRevenueEur: org.annualRevenueEur,
    fiscalYearStartMonth: org.fiscalYearStartMonth,
    baseYear: org.baseYear,
    consultingFirmId: org.servedByFirm ? firmId : null,
  };
  const existing = await db.organization.findUnique({ where: { slug: org.slug }, select: { id: true } });
  const organization = await db.$transaction(async (tx) => {
    const saved = await tx.organization.upsert({
      where: { slug: org.slug },
      update: profile,
      create: { ...profile, slug: org.slug },
    });
    if (!existing) {
      await recordAudit(tx, {
        organizationId: saved.id,
        actor: null,
        action: "organization.create",
        entityType: "Organization",
        entityId: saved.id,
        after: { ...saved, source: "demo seed" },
      });
      await acceptLatestReleases(tx, saved.id);
    }
    return saved;
  });
  const organizationId = organization.id;
  for (const member of org.members) {
    const user = await upsertUser(db, { email: member.email, name: member.name }, passwordHash);
    await db.membership.upsert({
      where: { organizationId_userId: { organizationId, userId: user.id } },
      update: { role: member.role },
      create: { organizationId, userId: user.id, role: member.role },
    });
  }
  for (const site of org.sites) {
    await db.site.upsert({
      where: { organizationId_name: { organizationId, name: site.name } },
      update: site,
      create: { ...site, organizationId },
    });
  }
  const productIds = new Map<string, string>();
  for (const { volumes: _volumes, digitalModels: _models, ...product } of org.products) {
    const saved = await db.product.upsert({
      where: { organizationId_name: { organizationId, name: product.name } },
      update: product,
      create: { ...product, organizationId },
    });
    productIds.set(product.name, saved.id);
  }
  const periodIds = new Map<string, string>();
  for (const year of org.periods) {
    const locked = org.lockedPeriods.includes(year);
    const figures = org.periodFigures[String(year)];
    const state = {
      status: locked ? ("LOCKED" as const) : ("OPEN" as const),
      lockedAt: locked ? new Date(Date.UTC(year + 1, 5, 30)) : null,
      headcount: figures?.headcount ?? null,
      annualRevenueEur: figures?.annualRevenueEur ?? null,
    };
    const saved = await db.reportingPeriod.upsert({
      where: { organizationId_year: { organizationId, year } },
      update: state,
      create: { organizationId, year, ...periodDates(year, org.fiscalYearStartMonth), ...state },
    });
    periodIds.set(String(year), saved.id);
  }
  // Functional-unit volumes per product and year: one statement per organisation (seed time stays flat).
  const volumes = org.products.flatMap((product) =>
    Object.entries(product.volumes).flatMap(([year, volume]) => {
      const periodId = periodIds.get(year);
      if (!periodId) throw new Error(`${org.slug}: volume of ${product.name} for ${year}, which is not a period`);
      return [{ organizationId, productId: productIds.get(product.name) as string, periodId, volume }];
    }),
  );
  // Volumes already there (seeded, or changed in the app since) are kept.
  await db.productPeriodVolume.createMany({ data: volumes, skipDuplicates: true });
}

export async function seedDemo(db: Db, data: TDemoData = loadDemoData()): Promise<void> {
  const passwordHash = await hashPassword(data.password);
  const firm = await db.consultingFirm.upsert({
    where: { slug: data.firm.slug },
    update: { name: data.firm.name },
    create: { name: data.firm.name, slug: data.firm.slug },
  });
  for (const consultant of data.firm.consultants) {
    const user = await upsertUser(db, { email: consultant.email, name: consultant.name }, passwordHash);
    await db.firmMembership.upsert({
      where: { firmId_userId: { firmId: firm.id, userId: user.id } },
      update: {},
      create: { firmId: firm.id, userId: user.id },
    });
  }
  for (const org of data.organizations) await seedOrganization(db, org, firm.id, passwordHash);
  const slugs = data.organizations.map((o) => o.slug);
  await seedDemoActivity(db, slugs);
  await seedDemoDigitalModels(db, data);
  await seedDemoWorkflow(db, slugs);
  await seedDemoTrajectory(db, slugs);
  await seedDemoAllocation(db, slugs);
  await seedDemoTransparency(db, slugs);
}
