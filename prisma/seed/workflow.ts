// Demo data collection in flight: for each demo organisation's open 2025 period, data requests to the demo
// contributor in every state (open and overdue, in progress, awaiting review, rejected with a comment,
// validated), made and answered through the app's own functions (requests, lines, transitions, their audit
// rows and notifications), and notation keys where a category does not occur. Idempotent: a request that
// already exists for its category is left as it is, so a restart never duplicates or replays anything.
import { createActivity } from "@/lib/activity/mutations";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { rejectActivity, submitActivities, validateActivities } from "@/lib/activity/status";
import type { TActivityCategory } from "@/lib/activity/categories";
import type { Db } from "@/lib/db/client";
import { createRequest } from "@/lib/requests/mutations";
import { ZRequestCreate } from "@/lib/requests/schemas";

type TStage = "open" | "draft" | "submitted" | "rejected" | "validated";
type TDemoRequest = {
  category: TActivityCategory;
  site: string | null;
  dueDate: string;
  instructions: string;
  stage: TStage;
  line?: Record<string, unknown>; // the contributor's answer (activity create input without period and site)
  rejection?: string;
};

const YEAR = 2025;

// Per organisation slug: the requests of the demo scenario.
const SCENARIOS: Record<string, { site: string; requests: TDemoRequest[]; notOccurring: TActivityCategory[] }> = {
  "nuage-analytics": {
    site: "Siège Paris",
    notOccurring: ["freight"],
    requests: [
      {
        category: "waste",
        site: "Bureau Lyon",
        dueDate: "2026-11-15",
        instructions: "Poids des déchets du bureau de Lyon (bordereaux du gestionnaire de l'immeuble).",
        stage: "open",
      },
      {
        category: "travel",
        site: null,
        dueDate: "2027-01-31",
        instructions: "Trajets en train de l'équipe commerciale en décembre (export de l'agence).",
        stage: "draft",
        line: {
          activityTypeId: "travel.train.ter",
          quantity: "1840",
          unit: "p.km",
          activityDate: "2025-12-12",
          label: "TER Lyon – Grenoble, équipe commerciale",
        },
      },
      {
        category: "commuting",
        site: null,
        dueDate: "2027-01-15",
        instructions: "Trajets en bus des salariés du bureau de Lyon (enquête de novembre).",
        stage: "submitted",
        line: {
          activityTypeId: "commuting.bus",
          quantity: "21500",
          unit: "p.km",
          label: "Bus, salariés du bureau de Lyon",
        },
      },
      {
        category: "purchases",
        site: null,
        dueDate: "2027-01-10",
        instructions: "Achats de fournitures de bureau de l'année (grand livre, compte 6064).",
        stage: "rejected",
        line: {
          activityTypeId: "spend.ratio",
          quantity: "14,4",
          unit: "k€",
          activityYear: 2025,
          label: "Fournitures de bureau 2025",
          options: { ratioCategory: "paper", purpose: "purchased_goods" },
        },
        rejection: "Le montant semble TTC : merci de saisir le montant hors taxes (12 k€ d'après le grand livre).",
      },
      {
        category: "digital",
        site: null,
        dueDate: "2026-10-31",
        instructions: "Données servies par le réseau mobile (statistiques du CDN).",
        stage: "validated",
        line: {
          activityTypeId: "digital.data_transfer.mobile",
          quantity: "18000",
          unit: "GB",
          label: "Données servies en réseau mobile",
        },
      },
    ],
  },
  "panier-vert": {
    site: "Entrepôt Rezé",
    notOccurring: [],
    requests: [
      {
        category: "energy",
        site: "Bureaux Nantes",
        dueDate: "2026-11-20",
        instructions: "Relevés du compteur de gaz des bureaux, s'il y en a un (sinon, dites-le).",
        stage: "open",
      },
      {
        category: "waste",
        site: "Entrepôt Rezé",
        dueDate: "2027-01-31",
        instructions: "Verre collecté à l'entrepôt en 2025 (bordereaux).",
        stage: "draft",
        line: {
          activityTypeId: "waste.glass",
          quantity: "640",
          unit: "kg",
          options: { treatment: "recycling" },
          label: "Verre recyclé, entrepôt",
        },
      },
      {
        category: "travel",
        site: null,
        dueDate: "2027-01-15",
        instructions: "Nuits d'hôtel du salon de Lyon.",
        stage: "submitted",
        line: {
          activityTypeId: "travel.hotel",
          quantity: "4",
          unit: "night",
          activityDate: "2025-03-20",
          label: "Hôtel, salon de Lyon",
        },
      },
      {
        category: "freight",
        site: "Entrepôt Rezé",
        dueDate: "2027-01-10",
        instructions: "Livraisons d'un fournisseur par camion porteur (t.km déclarés par le transporteur).",
        stage: "rejected",
        line: {
          activityTypeId: "freight.road.rigid_12_20t",
          quantity: "5200",
          unit: "t.km",
          options: { direction: "inbound" },
          label: "Approvisionnement fournisseur, camion porteur",
        },
        rejection:
          "Ce fournisseur est déjà compté dans les achats de transport : merci de préciser s'il s'agit d'un autre transporteur.",
      },
      {
        category: "equipment",
        site: "Bureaux Nantes",
        dueDate: "2026-09-30",
        instructions: "Écrans achetés pour les bureaux en 2025.",
        stage: "validated",
        line: {
          activityTypeId: "equipment.monitor",
          quantity: "3",
          unit: "unit",
          activityYear: 2025,
          label: "Écrans, bureaux de Nantes",
        },
      },
    ],
  },
};

async function person(db: Db, email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });
}

export async function seedDemoWorkflow(db: Db, slugs: readonly string[]) {
  for (const slug of slugs) {
    const scenario = SCENARIOS[slug];
    if (!scenario) continue;
    const organization = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const organizationId = organization.id;
    const domain = `${slug}.example`;
    const manager = await person(db, `manager@${domain}`);
    const contributor = await person(db, `contributor@${domain}`);
    const as = (u: { id: string; email: string; name: string }) => ({
      organizationId,
      actor: { id: u.id, email: u.email },
      actorName: u.name,
    });
    const periods = await db.reportingPeriod.findMany({ where: { organizationId }, select: { id: true, year: true } });
    const period = periods.find((p) => p.year === YEAR);
    if (!period) continue;
    const siteId = async (name: string | null) =>
      name === null
        ? null
        : (await db.site.findFirstOrThrow({ where: { organizationId, name }, select: { id: true } })).id;

    for (const r of scenario.requests) {
      const site = await siteId(r.site);
      const exists = await db.dataRequest.count({
        where: { organizationId, periodId: period.id, category: r.category, assigneeId: contributor.id },
      });
      if (exists > 0) continue;
      const request = await createRequest(
        db,
        as(manager),
        ZRequestCreate.parse({
          category: r.category,
          periodId: period.id,
          siteId: site ?? "",
          assigneeId: contributor.id,
          dueDate: r.dueDate,
          instructions: r.instructions,
        }),
      );
      if (!r.line) continue;
      const line = await createActivity(
        db,
        as(contributor),
        ZActivityCreate.parse({ ...r.line, periodId: period.id, siteId: site ?? "", requestId: request.id }),
        { sourceKind: "FORM", limitToAssignedRequests: true },
      );
      if (r.stage === "draft") continue;
      await submitActivities(db, as(contributor), [line.id], { limitToOwnWork: true });
      if (r.stage === "rejected") await rejectActivity(db, as(manager), line.id, r.rejection ?? "");
      if (r.stage === "validated") await validateActivities(db, as(manager), [line.id]);
    }

    // Categories that do not occur, for every period (set directly: earlier periods are locked).
    for (const category of scenario.notOccurring) {
      for (const p of periods) {
        const key = { organizationId, periodId: p.id, category, siteScope: "all" };
        await db.notationKey.upsert({
          where: { organizationId_periodId_category_siteScope: key },
          update: {},
          create: {
            ...key,
            kind: "NOT_OCCURRING",
            explanation: "Aucune marchandise transportée : l'entreprise vend un service numérique.",
            updatedById: manager.id,
          },
        });
      }
    }
  }
}
