// Test helpers: a tenant with reporting periods (and a site), and raw activity rows.
import type { Db } from "@/lib/db/client";
import { dateOfIso } from "@/lib/periods/dates";
import { ZActivityCreate, type TActivityCreate } from "@/lib/activity/schemas";
import { createTenant } from "@/tests/fixtures/tenants";

export async function tenantWithPeriods(
  db: Db,
  years: number[] = [2024],
  { locked = [] as number[], roles = undefined as Parameters<typeof createTenant>[1] } = {},
) {
  const tenant = await createTenant(db, roles);
  const organizationId = tenant.organization.id;
  const periods: Record<number, string> = {};
  for (const year of years) {
    const isLocked = locked.includes(year);
    const period = await db.reportingPeriod.create({
      data: {
        organizationId,
        year,
        label: String(year),
        startDate: dateOfIso(`${year}-01-01`),
        endDate: dateOfIso(`${year}-12-31`),
        status: isLocked ? "LOCKED" : "OPEN",
        lockedAt: isLocked ? new Date() : null,
      },
    });
    periods[year] = period.id;
  }
  const site = await db.site.create({ data: { organizationId, name: "Siège", country: "FR" } });
  const periodOf = (year: number) => {
    const id = periods[year];
    if (!id) throw new Error(`no ${year} period`);
    return id;
  };
  return { ...tenant, organizationId, periodOf, siteId: site.id };
}

/** A valid create input (12,000 kWh of French grid electricity unless overridden). */
export function electricity(periodId: string, overrides: Record<string, unknown> = {}): TActivityCreate {
  return ZActivityCreate.parse({
    periodId,
    activityTypeId: "energy.electricity.grid",
    quantity: "12000",
    unit: "kWh",
    ...overrides,
  });
}
