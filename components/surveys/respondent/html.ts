import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/i18n/config";
import { translateValidation } from "@/lib/validation";

// The respondent's pages are plain HTML built on the server (no JavaScript at all): they load fast on a
// slow phone, work with every screen reader and keyboard, and their route can answer 410 or 429 itself.
// Every value inserted goes through esc().

export type TView = { locale: Locale; t: (key: string, values?: Record<string, string | number>) => string };

export function viewOf(locale: Locale): TView {
  const translate = createTranslator({ locale, messages: locale === "en" ? en : fr });
  const t = (key: string, values?: Record<string, string | number>) => translate(key as never, values as never);
  return { locale, t };
}

export const fieldError = (view: TView, message: string | undefined) =>
  translateValidation(view.t as never, message) ?? "";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:0 auto;padding:1rem}header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.75rem 1rem;background:#fff;border-bottom:1px solid #e2e8f0}
header strong{font-size:1rem}a{color:#047857}h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:0 0 .5rem}
fieldset{border:1px solid #cbd5e1;border-radius:.5rem;padding:.75rem 1rem 1rem;margin:0 0 1rem;background:#fff}legend{font-weight:600;padding:0 .25rem}
label{display:block;font-weight:500;margin:.75rem 0 .25rem}.hint{display:block;font-size:.85rem;color:#475569;font-weight:400}
input,select{width:100%;min-height:2.75rem;font:inherit;padding:.4rem .6rem;border:1px solid #94a3b8;border-radius:.375rem;background:#fff}
input:focus,select:focus,button:focus,a:focus{outline:3px solid #f59e0b;outline-offset:2px}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 .75rem}.err{color:#b91c1c;font-size:.9rem;margin:.25rem 0 0}[aria-invalid=true]{border-color:#b91c1c;border-width:2px}
button{width:100%;min-height:3rem;font:inherit;font-weight:600;color:#fff;background:#047857;border:0;border-radius:.5rem;margin-top:.5rem}
.box{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem;margin:0 0 1rem}.big{font-size:2rem;font-weight:700;margin:0}
.alert{border-left:4px solid #b91c1c;background:#fef2f2;padding:.75rem 1rem;margin:0 0 1rem}table{width:100%;border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:.35rem .25rem;border-bottom:1px solid #e2e8f0;vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}caption{caption-side:bottom;text-align:left;font-size:.8rem;color:#475569;padding-top:.5rem}ul{padding-left:1.25rem}small{color:#475569}
`;

/** The page frame: language, title, the FR/EN switch (a link to the same address in the other language). */
export function page(view: TView, input: { title: string; body: string; switchHref: string | null }): string {
  const other = view.locale === "fr" ? "en" : "fr";
  const switchLink = input.switchHref
    ? `<a href="${esc(input.switchHref)}" hreflang="${other}" lang="${other}">${esc(view.t("survey.switchLanguage"))}</a>`
    : "";
  return `<!doctype html><html lang="${view.locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer"><title>${esc(input.title)}</title><style>${STYLE}</style></head>
<body><header><strong>Albedo</strong>${switchLink}</header><main id="main">${input.body}</main></body></html>`;
}

export function htmlResponse(html: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
