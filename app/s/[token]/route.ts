import { feedbackPage } from "@/components/surveys/respondent/feedback-view";
import { surveyForm } from "@/components/surveys/respondent/form-view";
import { htmlResponse, page, viewOf, type TView } from "@/components/surveys/respondent/html";
import { noticePage, type TNotice } from "@/components/surveys/respondent/notice-view";
import { db } from "@/lib/db";
import { throttleKeyOf } from "@/lib/http/client-address";
import { clientAddressOf } from "@/lib/http/request-client-address";
import { readSurveyForm } from "@/lib/surveys/form-input";
import { respondentLocale } from "@/lib/surveys/respondent-locale";
import { publicCampaign, submitAnswer } from "@/lib/surveys/respond";
import { isGone } from "@/lib/surveys/state";
import { tipsFor } from "@/lib/surveys/tips";

// The anonymous survey at /s/<token>: GET shows the form, POST records one answer and shows the feedback.
// Plain HTML (components/surveys/respondent), so the status says what happened: 410 closed or revoked,
// 404 unknown link, 422 invalid answer, 429 too many answers from this connection, 409 campaign full.
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

const STATUS: Record<TNotice, number> = { closed: 410, notFound: 404, scheduled: 200, throttled: 429, full: 409 };

function render(view: TView, token: string, title: string, body: string, status = 200, headers = {}) {
  const other = view.locale === "fr" ? "en" : "fr";
  return htmlResponse(
    page(view, { title, body, switchHref: `/s/${encodeURIComponent(token)}?lang=${other}` }),
    status,
    headers,
  );
}

function notice(view: TView, token: string, kind: TNotice, extra: { opensOn?: Date; retryAfter?: number } = {}) {
  const headers = extra.retryAfter ? { "Retry-After": String(extra.retryAfter) } : {};
  const body = noticePage(view, kind, extra.opensOn);
  return render(view, token, view.t(`survey.notices.${kind}.title`), body, STATUS[kind], headers);
}

export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  const url = new URL(request.url);
  const view = viewOf(respondentLocale(url.searchParams.get("lang"), request.headers.get("accept-language")));
  const campaign = await publicCampaign(db(), token);
  if (!campaign) return notice(view, token, "notFound");
  if (isGone(campaign.state)) return notice(view, token, "closed");
  if (campaign.state === "scheduled") return notice(view, token, "scheduled", { opensOn: campaign.opensOn });
  const body = surveyForm(view, {
    organizationName: campaign.organizationName,
    closesOn: campaign.closesOn,
    digital: campaign.digitalQuestions,
    sites: campaign.sites,
    action: `/s/${encodeURIComponent(token)}`,
    state: { values: {}, errors: {} },
  });
  return render(view, token, view.t("survey.title"), body);
}

export async function POST(request: Request, { params }: Params) {
  const { token } = await params;
  const form = await request.formData().catch(() => new FormData());
  const lang = form.get("lang");
  const view = viewOf(respondentLocale(typeof lang === "string" ? lang : null, request.headers.get("accept-language")));
  const campaign = await publicCampaign(db(), token);
  if (!campaign) return notice(view, token, "notFound");
  if (isGone(campaign.state)) return notice(view, token, "closed");
  const parsed = readSurveyForm(form, view.locale, {
    digital: campaign.digitalQuestions,
    siteIds: campaign.sites.map((s) => s.id),
  });
  if (!parsed.ok) {
    const body = surveyForm(view, {
      organizationName: campaign.organizationName,
      closesOn: campaign.closesOn,
      digital: campaign.digitalQuestions,
      sites: campaign.sites,
      action: `/s/${encodeURIComponent(token)}`,
      state: { values: parsed.values, errors: parsed.fieldErrors },
    });
    return render(view, token, view.t("survey.title"), body, 422);
  }
  // The server-stamped client address (scripts/serve.ts), never a header the client wrote.
  const clientKey = throttleKeyOf(clientAddressOf(request.headers));
  const outcome = await submitAnswer(db(), { campaign, answer: parsed.answer, clientKey });
  switch (outcome.kind) {
    case "gone":
      return notice(view, token, "closed");
    case "scheduled":
      return notice(view, token, "scheduled", { opensOn: outcome.opensOn });
    case "throttled":
      return notice(view, token, "throttled", { retryAfter: outcome.retryAfterSeconds });
    case "full":
      return notice(view, token, "full");
    case "ok": {
      const body = feedbackPage(view, {
        footprint: outcome.footprint,
        average: outcome.average,
        tips: tipsFor(parsed.answer, outcome.footprint),
        digitalAsked: campaign.digitalQuestions,
      });
      return render(view, token, view.t("survey.thanks"), body);
    }
  }
}
