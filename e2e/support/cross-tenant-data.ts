// Records the cross-tenant HTTP spec needs and no demo data holds: for Panier Vert (the victim) a custom
// factor, a pending invitation and a failed background run to aim at, plus a consulting firm the demo
// consultant does not belong to; for Nuage Analytics (the attacker's own) a custom factor, a pending
// invitation to capture genuine requests on. Made with the app's own functions (audit rows included), so
// run with tsx in a child process (the app's modules import JSON data files, which Playwright's loader
// cannot), against the e2e database, and prints one JSON line (tenant-db.ts removes them afterwards):
//   node --import tsx e2e/support/cross-tenant-data.ts setup
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../../lib/db/client.ts";
import { createCustomFactor } from "../../lib/factors/db/custom-mutations.ts";
import { zCustomFactorCreate } from "../../lib/factors/db/custom-schemas.ts";
import { createInvitation } from "../../lib/invitations/mutations.ts";
import { attachEvidence } from "../../lib/evidence/mutations.ts";
import { createApiToken } from "../../lib/api-tokens/mutations.ts";
import { createImportPreview } from "../../lib/imports/preview.ts";
import { setNotationKey } from "../../lib/notation-keys/mutations.ts";
import { ZNotationKeySet } from "../../lib/notation-keys/schemas.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

const [command] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));

const factorValues = (nameFr: string) =>
  zCustomFactorCreate("fr").parse({
    nameFr,
    nameEn: "",
    unit: "kWh",
    value: "0,042",
    uncertaintyPct: "",
    source: "Relevé fournisseur",
    justification: "Facteur de test pour la suite inter-organisations",
    region: "FR",
    referenceYear: "2024",
  });

/** The organisation by slug and the scope its owner acts with. */
async function ownerScope(slug: string, ownerEmail: string) {
  const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail } });
  return {
    organization,
    owner,
    scope: { organizationId: organization.id, actor: { id: owner.id, email: owner.email } },
  };
}

async function setup() {
  const marker = `xt${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const panier = await ownerScope("panier-vert", "owner@panier-vert.example");
  const nuage = await ownerScope("nuage-analytics", "owner@nuage-analytics.example");

  const panierFactor = await createCustomFactor(db, panier.scope, factorValues(`Facteur Panier ${marker}`));
  const panierInvitation = await createInvitation(
    db,
    panier.scope,
    { email: `panier-${marker}@e2e.example`, role: "VIEWER" },
    7,
  );
  // Its target is no period, so Panier's own pages never show it.
  const panierRun = await db.jobRun.create({
    data: {
      organizationId: panier.organization.id,
      kind: "period.recompute",
      targetKey: `probe-${marker}`,
      params: { periodId: `probe-${marker}` },
      status: "FAILED",
      errorCount: 1,
      errors: [{ code: "WORKER_LOST" }],
      startedById: panier.owner.id,
      finishedAt: new Date(),
    },
  });
  const otherFirm = await db.consultingFirm.create({ data: { name: `Cabinet ${marker}`, slug: `firm-${marker}` } });

  const nuageFactor = await createCustomFactor(db, nuage.scope, factorValues(`Facteur Nuage ${marker}`));
  const nuageInvitation = await createInvitation(
    db,
    nuage.scope,
    { email: `nuage-${marker}@e2e.example`, role: "VIEWER" },
    7,
  );
  // A notation key in each organisation's open period: Panier's is the target, Nuage's has a button to capture.
  const notationKey = async (owner: typeof panier, year: number) => {
    const period = await db.reportingPeriod.findFirstOrThrow({
      where: { organizationId: owner.organization.id, year },
    });
    return setNotationKey(
      db,
      owner.scope,
      ZNotationKeySet.parse({ periodId: period.id, category: "equipment", kind: "CONFIDENTIAL", explanation: marker }),
    );
  };
  const panierKey = await notationKey(panier, 2024);
  const nuageKey = await notationKey(nuage, 2025);
  // An evidence document on the latest energy line of each open period (the one the spec opens).
  const evidence = async (owner: typeof panier, year: number) => {
    const line = await db.activityData.findFirstOrThrow({
      where: { organizationId: owner.organization.id, period: { year }, activityTypeId: { startsWith: "energy." } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const bytes = Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n`, "latin1");
    const file = await attachEvidence(
      db,
      { ...owner.scope, role: "OWNER" },
      {
        activityId: line.id,
        fileName: `facture-${marker}.pdf`,
        bytes,
      },
    );
    return { evidenceId: file.id, evidenceName: file.fileName };
  };
  const panierEvidence = await evidence(panier, 2024);
  // A previewed file import of Panier's (nothing in its inventory): what the import actions and routes aim at.
  const panierPeriod = await db.reportingPeriod.findFirstOrThrow({
    where: { organizationId: panier.organization.id, year: 2024 },
  });
  const panierImport = await createImportPreview(db, panier.scope, {
    periodId: panierPeriod.id,
    fileName: `import-${marker}.csv`,
    mediaType: "text/csv",
    bytes: Buffer.from(`probe ${marker}\n`),
    parsed: {
      format: "template-csv",
      template: "energy",
      language: "fr",
      rows: [
        {
          row: 2,
          input: {
            periodId: panierPeriod.id,
            activityTypeId: "energy.electricity.grid",
            quantity: "1000",
            unit: "kWh",
          },
        },
      ],
      errors: [],
    },
    replace: false,
  });
  // An API token of Panier's: what the revoke action aims at.
  const panierToken = await createApiToken(
    db,
    { ...panier.scope, creatorRole: "OWNER" },
    { name: `Jeton ${marker}`, role: "MANAGER", lifetime: "90" },
  );
  // An API token of Nuage's (its secret, as a script holds it): what the API calls at Panier's records use.
  const nuageToken = await createApiToken(
    db,
    { ...nuage.scope, creatorRole: "OWNER" },
    { name: `Jeton ${marker}`, role: "MANAGER", lifetime: "90" },
  );
  // A survey campaign of Panier's: what the revoke and duplicate actions aim at.
  const panierSurvey = await db.surveyCampaign.create({
    data: {
      organizationId: panier.organization.id,
      periodId: (
        await db.reportingPeriod.findFirstOrThrow({ where: { organizationId: panier.organization.id, year: 2024 } })
      ).id,
      token: randomBytes(32).toString("base64url"),
      opensOn: new Date("2024-06-01"),
      closesOn: new Date("2024-06-30"),
      expectedPopulation: 40,
    },
  });
  const nuageEvidence = await evidence(nuage, 2025);
  return {
    marker,
    panier: {
      notationKeyId: panierKey.id,
      ...panierEvidence,
      organizationId: panier.organization.id,
      customFactorId: panierFactor.id,
      customFactorName: panierFactor.nameFr,
      invitationId: panierInvitation.invitation.id,
      runId: panierRun.id,
      importId: panierImport.id,
      apiTokenId: panierToken.id,
      surveyCampaignId: panierSurvey.id,
    },
    otherFirmId: otherFirm.id,
    nuage: {
      notationKeyId: nuageKey.id,
      ...nuageEvidence,
      organizationId: nuage.organization.id,
      customFactorId: nuageFactor.id,
      customFactorName: nuageFactor.nameFr,
      invitationId: nuageInvitation.invitation.id,
      invitationEmail: `nuage-${marker}@e2e.example`,
      apiTokenSecret: nuageToken.secret,
    },
  };
}
export type TCrossTenantData = Awaited<ReturnType<typeof setup>>;

try {
  if (command !== "setup") throw new Error("usage: setup");
  console.log(JSON.stringify(await setup()));
} finally {
  await db.$disconnect();
}
