import { formatDate } from "@/lib/numbers/format";
import { esc, type TView } from "@/components/surveys/respondent/html";

// Short pages for a link that takes no answer: closed or revoked (410), unknown (404), not open yet,
// too many answers from this connection (429), the campaign full (409).
export type TNotice = "closed" | "notFound" | "scheduled" | "throttled" | "full";

export function noticePage(view: TView, notice: TNotice, opensOn?: Date): string {
  const date = opensOn ? formatDate(opensOn, view.locale) : "";
  return `<h1>${esc(view.t(`survey.notices.${notice}.title`))}</h1><p>${esc(
    view.t(`survey.notices.${notice}.body`, { date }),
  )}</p>`;
}
