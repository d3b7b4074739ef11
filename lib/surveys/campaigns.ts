import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dateOfIso } from "@/lib/periods/dates";
import type { TCampaignCreate } from "@/lib/surveys/campaign-schemas";

// Managers' side of survey campaigns: create, revoke, duplicate. Every write is scoped by organisation,
// count-checked and audited in its transaction. The public token is 256 random bits (base64url).

export const newSurveyToken = () => randomBytes(32).toString("base64url");

async function periodOf(tx: Tx, organizationId: string, periodId: string) {
  const period = await tx.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { id: true, status: true, headcount: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
  return period;
}

/** The headcount answers are extrapolated to when the manager gives none: the period's, else the organisation's. */
async function defaultPopulation(tx: Tx, organizationId: string, periodHeadcount: number | null) {
  if (periodHeadcount) return periodHeadcount;
  const org = await tx.organization.findFirst({ where: { id: organizationId }, select: { headcount: true } });
  if (org?.headcount) return org.headcount;
  throw new AppError("VALIDATION", { expectedPopulation: "surveys.validation.populationRequired" });
}

export async function createCampaign(db: Db, scope: TenantScope, input: TCampaignCreate) {
  return db.$transaction(async (tx) => {
    const period = await periodOf(tx, scope.organizationId, input.periodId);
    const expectedPopulation =
      input.expectedPopulation ?? (await defaultPopulation(tx, scope.organizationId, period.headcount));
    const campaign = await tx.surveyCampaign.create({
      data: {
        organizationId: scope.organizationId,
        periodId: period.id,
        token: newSurveyToken(),
        opensOn: dateOfIso(input.opensOn),
        closesOn: dateOfIso(input.closesOn),
        expectedPopulation,
        digitalQuestions: input.digitalQuestions,
        createdById: scope.actor.id,
      },
    });
    const { token: _secret, ...audited } = campaign; // the link opens the survey: never in the audit log
    await recordAudit(tx, {
      ...scope,
      action: "survey.create",
      entityType: "SurveyCampaign",
      entityId: campaign.id,
      after: audited,
    });
    return campaign;
  });
}

export async function revokeCampaign(db: Db, scope: TenantScope, campaignId: string) {
  await db.$transaction(async (tx) => {
    const where = { id: campaignId, organizationId: scope.organizationId };
    const before = await tx.surveyCampaign.findFirst({ where, select: { id: true, revokedAt: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.revokedAt) return;
    const revokedAt = new Date();
    const { count } = await tx.surveyCampaign.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt } });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      ...scope,
      action: "survey.revoke",
      entityType: "SurveyCampaign",
      entityId: campaignId,
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
}

/** A copy of a campaign (last year's) for another period: same population and questions, a new link. */
export async function duplicateCampaign(
  db: Db,
  scope: TenantScope,
  input: { id: string; periodId: string; opensOn: string; closesOn: string },
) {
  const source = await db.surveyCampaign.findFirst({
    where: { id: input.id, organizationId: scope.organizationId },
    select: { expectedPopulation: true, digitalQuestions: true },
  });
  if (!source) throw new AppError("NOT_FOUND");
  return createCampaign(db, scope, {
    periodId: input.periodId,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    expectedPopulation: source.expectedPopulation,
    digitalQuestions: source.digitalQuestions,
  });
}
