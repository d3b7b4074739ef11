import "server-only";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { deleteActivity } from "@/lib/activity/mutations";
import type { TActivityInput } from "@/lib/calc";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { commuteActivities, digitalActivities } from "@/lib/surveys/activities";
import { extrapolateActivities, groupBySite, responseRate } from "@/lib/surveys/extrapolate";
import { withKnownSite } from "@/lib/surveys/results";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";

// Closing a campaign: its answers, extrapolated to the expected population (mean × headcount), become
// activity data of the period (source SURVEY, sourceRef "survey:<campaign>:<type>:<variant>"), saved and
// computed by the one bulk path (lib/activity/bulk.ts: engine, lines, audit). Closing again replaces those
// rows (same sourceRef) and removes the ones no longer produced: never a duplicate.

const refPrefix = (campaignId: string) => `survey:${campaignId}:`;
const refOf = (campaignId: string, a: TActivityInput, siteId: string | null) =>
  `${refPrefix(campaignId)}${a.activityTypeId}:${a.options?.fuel ?? "-"}:${siteId ?? "-"}`;

export async function closeCampaign(db: Db, scope: TenantScope, campaignId: string) {
  const { organizationId } = scope;
  const campaign = await db.surveyCampaign.findFirst({
    where: { id: campaignId, organizationId },
    include: {
      period: { select: { id: true, year: true, status: true } },
      organization: { select: { country: true } },
    },
  });
  if (!campaign) throw new AppError("NOT_FOUND");
  if (campaign.revokedAt) throw new AppError("CONFLICT");
  if (campaign.period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
  const responses = await db.surveyResponse.findMany({
    where: { organizationId, campaignId },
    select: { answers: true },
  });
  if (responses.length === 0) throw new AppError("VALIDATION", { _form: "surveys.validation.noAnswers" });
  const ctx = { region: campaign.organization.country, year: campaign.period.year };
  // A site deleted since an answer chose it: that answer counts without a site.
  const sites = new Set((await db.site.findMany({ where: { organizationId }, select: { id: true } })).map((s) => s.id));
  const answers = responses.map((r) => withKnownSite(ZSurveyAnswer.parse(r.answers), sites));
  const population = campaign.expectedPopulation;
  // Per site group, scaled by population / all respondents: the groups add up to mean × population.
  const scale = population / answers.length;
  const rows = [...groupBySite(answers)].flatMap(([siteId, group]) => {
    const n = group.length;
    const extrapolated = [
      ...extrapolateActivities(
        group.map((answer) => commuteActivities(answer, ctx)),
        n * scale,
      ),
      ...extrapolateActivities(
        group.map((answer) => digitalActivities(answer, ctx)),
        n * scale,
      ),
    ];
    return extrapolated.map((a) => ({
      periodId: campaign.period.id,
      activityTypeId: a.activityTypeId,
      siteId,
      quantity: numberToDecimal(a.quantity),
      unit: a.unit,
      options: a.options ?? {},
      dataQuality: "extrapolated",
      sourceKind: "SURVEY" as const,
      sourceRef: refOf(campaignId, a, siteId),
    }));
  });
  const saved = rows.length > 0 ? await saveActivitiesBulk(db, scope, rows) : null;
  // Rows an earlier close produced that this one no longer does (each deletion audited).
  const stale = await db.activityData.findMany({
    where: {
      organizationId,
      sourceKind: "SURVEY",
      sourceRef: { startsWith: refPrefix(campaignId), notIn: rows.map((r) => r.sourceRef) },
    },
    select: { id: true },
  });
  for (const { id } of stale) await deleteActivity(db, scope, id);
  const rate = responseRate(responses.length, population);
  await db.$transaction(async (tx) => {
    const closedAt = new Date();
    const { count } = await tx.surveyCampaign.updateMany({
      where: { id: campaignId, organizationId },
      data: { status: "CLOSED", closedAt },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "survey.close",
      entityType: "SurveyCampaign",
      entityId: campaignId,
      before: { status: campaign.status },
      after: {
        status: "CLOSED",
        closedAt,
        respondents: rate.respondents,
        population,
        responseRate: rate.rate,
        activities: rows.length,
        kgCO2e: saved?.kgCO2e ?? "0",
      },
    });
  });
  return { rate, activities: rows.length, kgCO2e: saved?.kgCO2e ?? "0" };
}

/** Reopens a closed campaign for more answers; its activity data stay until it is closed again. */
export async function reopenCampaign(db: Db, scope: TenantScope, campaignId: string) {
  await db.$transaction(async (tx) => {
    const where = { id: campaignId, organizationId: scope.organizationId };
    const { count } = await tx.surveyCampaign.updateMany({
      where: { ...where, status: "CLOSED", revokedAt: null },
      data: { status: "OPEN", closedAt: null },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "survey.reopen",
      entityType: "SurveyCampaign",
      entityId: campaignId,
      before: { status: "CLOSED" },
      after: { status: "OPEN" },
    });
  });
}
