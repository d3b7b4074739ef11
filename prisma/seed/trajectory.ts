// Demo reduction plan: for each demo organisation, an SBTi 1.5 °C target on scopes 1 and 2 and a
// well-below 2 °C one on scope 3 from the base year, actions in every status and two funded climate
// projects (kept apart from the inventory), made through the app's own functions (audited). Expected
// reductions are given in % of the linked posts, so they fit each organisation's inventory. Idempotent: an
// organisation that already has a target is left as it is.
import type { Db } from "@/lib/db/client";
import { createContribution } from "@/lib/contributions/mutations";
import { zContributionCreate } from "@/lib/contributions/schemas";
import { createAction } from "@/lib/reductions/mutations";
import { zActionInput } from "@/lib/reductions/schemas";
import { createTarget } from "@/lib/targets/mutations";
import { zTargetCreate } from "@/lib/targets/schemas";
import { SCOPE3_POSTS } from "@/lib/targets/posts";

const TARGET_YEAR = 2030;

const ACTIONS: Record<string, unknown>[] = [
  {
    title: "Politique voyages : le train sous 4 heures",
    posts: ["3.6"],
    status: "IN_PROGRESS",
    expectedUnit: "PERCENT",
    expectedValue: "30",
    costEur: "5000",
    progressPct: "40",
    startDate: "2025-01-01",
    owner: true,
  },
  {
    title: "Sobriété énergétique des bureaux (19 °C, extinction la nuit)",
    posts: ["scope1", "scope2"],
    status: "DONE",
    expectedUnit: "PERCENT",
    expectedValue: "10",
    costEur: "2000",
    progressPct: "100",
    startDate: "2024-01-01",
    endDate: "2024-12-31",
  },
  {
    title: "Allonger la durée de vie des ordinateurs à 5 ans",
    posts: ["3.2"],
    status: "PLANNED",
    expectedUnit: "PERCENT",
    expectedValue: "25",
    costEur: "0",
    startDate: "2026-01-01",
    owner: true,
  },
  {
    title: "Critères carbone dans les appels d’offres",
    posts: ["3.1"],
    status: "PLANNED",
    expectedUnit: "PERCENT",
    expectedValue: "10",
    costEur: "15000",
    startDate: "2026-06-01",
  },
  {
    title: "Forfait mobilités durables",
    posts: ["3.7"],
    status: "IDEA",
    expectedUnit: "PERCENT",
    expectedValue: "20",
    costEur: "12000",
  },
  {
    title: "Pompe à chaleur au siège",
    posts: ["scope1"],
    status: "ABANDONED",
    expectedUnit: "PERCENT",
    expectedValue: "60",
    costEur: "80000",
  },
  {
    title: "Hébergement : instances ARM et extinction hors heures ouvrées",
    posts: ["3.1"],
    status: "IN_PROGRESS",
    expectedUnit: "PERCENT",
    expectedValue: "8",
    costEur: "3000",
    progressPct: "60",
    startDate: "2025-03-01",
    owner: true,
  },
  {
    title: "Visioconférence par défaut pour les réunions clients",
    posts: ["3.6"],
    status: "DONE",
    expectedUnit: "PERCENT",
    expectedValue: "15",
    costEur: "0",
    progressPct: "100",
    startDate: "2024-03-01",
    endDate: "2024-12-31",
  },
  {
    title: "Tri et valorisation des déchets de bureau",
    posts: ["3.5"],
    status: "PLANNED",
    expectedUnit: "PERCENT",
    expectedValue: "30",
    costEur: "1500",
    startDate: "2026-03-01",
  },
  {
    title: "Télétravail deux jours par semaine",
    posts: ["3.7"],
    status: "IN_PROGRESS",
    expectedUnit: "PERCENT",
    expectedValue: "15",
    costEur: "0",
    progressPct: "50",
    startDate: "2025-09-01",
  },
  {
    title: "Matériel reconditionné pour les téléphones et les écrans",
    posts: ["3.2"],
    status: "IDEA",
    expectedUnit: "PERCENT",
    expectedValue: "20",
    costEur: "0",
  },
  {
    title: "Offre bas carbone pour les clients (émissions évitées)",
    type: "AVOIDED",
    posts: [],
    status: "IN_PROGRESS",
    expectedUnit: "TCO2E",
    expectedValue: "12",
    progressPct: "20",
  },
];

// Illustrative projects (names and prices are examples, not offers).
const CONTRIBUTIONS = [
  {
    name: "Reboisement de parcelles incendiées (Landes)",
    kind: "REMOVAL",
    standard: "Label Bas-Carbone",
    registry: "Ministère — LBC",
    vintage: "2024",
    tonnes: "40",
    pricePerTonneEur: "45",
  },
  {
    name: "Foyers de cuisson améliorés",
    kind: "AVOIDANCE",
    standard: "Gold Standard",
    vintage: "2023",
    tonnes: "60",
    pricePerTonneEur: "12,5",
  },
];

export async function seedDemoTrajectory(db: Db, slugs: readonly string[]) {
  for (const slug of slugs) {
    const organization = await db.organization.findUniqueOrThrow({
      where: { slug },
      select: { id: true, baseYear: true },
    });
    const organizationId = organization.id;
    if ((await db.reductionTarget.count({ where: { organizationId } })) > 0) continue;
    const base = await db.reportingPeriod.findFirst({ where: { organizationId, year: organization.baseYear ?? -1 } });
    if (!base) continue;
    const manager = await db.user.findUniqueOrThrow({ where: { email: `manager@${slug}.example` } });
    const scope = { organizationId, actor: { id: manager.id, email: manager.email } };
    const years = TARGET_YEAR - base.year;
    await createTarget(
      db,
      scope,
      zTargetCreate("en").parse({
        name: "Court terme 2030 – scopes 1 et 2",
        kind: "ABSOLUTE",
        preset: "SBTI_1_5",
        basePeriodId: base.id,
        targetYear: TARGET_YEAR,
        reductionPct: String(Math.round(4.2 * years * 100) / 100),
        posts: ["scope1", "scope2"],
      }),
    );
    await createTarget(
      db,
      scope,
      zTargetCreate("en").parse({
        name: "Chaîne de valeur 2030 – scope 3",
        kind: "ABSOLUTE",
        preset: "SBTI_WB2",
        basePeriodId: base.id,
        targetYear: TARGET_YEAR,
        reductionPct: String(Math.round(2.5 * years * 100) / 100),
        posts: SCOPE3_POSTS,
      }),
    );
    for (const [position, { owner, ...action }] of ACTIONS.entries()) {
      const created = await createAction(
        db,
        scope,
        zActionInput("en").parse({
          type: "REDUCTION",
          ...action,
          ...(owner ? { ownerId: manager.id } : {}),
        }),
      );
      await db.reductionAction.updateMany({ where: { id: created.id, organizationId }, data: { position } });
    }
    for (const contribution of CONTRIBUTIONS) {
      await createContribution(db, scope, zContributionCreate("fr").parse(contribution));
    }
  }
}
