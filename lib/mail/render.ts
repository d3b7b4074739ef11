import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

// E-mails are written in the recipient's language, from the same message files as the app.
const MESSAGES: Record<string, AbstractIntlMessages> = { fr, en };

export type RenderedMail = { subject: string; text: string; html: string };

export type InvitationMail = {
  kind: "invitation";
  inviter: string;
  organization: string;
  role: "OWNER" | "MANAGER" | "CONTRIBUTOR" | "VIEWER";
  link: string;
  days: number;
};
export type PasswordResetMail = { kind: "passwordReset"; name: string; email: string; link: string };
export type MailContent = InvitationMail | PasswordResetMail;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function paragraphs(content: MailContent, t: (key: string, values?: Record<string, string | number>) => string) {
  if (content.kind === "invitation") {
    const role = t(`roles.${content.role}`);
    return {
      subject: t("mail.invitation.subject", { organization: content.organization }),
      greeting: t("mail.invitation.greeting"),
      body: [
        t("mail.invitation.body", { inviter: content.inviter, organization: content.organization, role }),
        t("mail.invitation.expiry", { days: content.days }),
      ],
      action: t("mail.invitation.action"),
      after: t("mail.invitation.ignore"),
    };
  }
  return {
    subject: t("mail.passwordReset.subject"),
    greeting: t("mail.passwordReset.greeting", { name: content.name }),
    body: [t("mail.passwordReset.body", { email: content.email }), t("mail.passwordReset.expiry")],
    action: t("mail.passwordReset.action"),
    after: t("mail.passwordReset.ignore"),
  };
}

export function renderMail(content: MailContent, locale: string): RenderedMail {
  const lang = locale in MESSAGES ? locale : "fr";
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang]! }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const p = paragraphs(content, t);
  const footer = t("mail.footer");
  const text = [
    p.greeting,
    "",
    ...p.body.flatMap((line) => [line, ""]),
    t("mail.actionLine", { action: p.action, link: content.link }),
    "",
    p.after,
    "",
    "-- ",
    footer,
    "",
  ].join("\n");
  const link = escapeHtml(content.link);
  const html = `<!doctype html>
<html lang="${lang}"><body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">
<p style="margin:0 0 16px">${escapeHtml(p.greeting)}</p>
${p.body.map((line) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(line)}</p>`).join("\n")}
<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#047857;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:bold">${escapeHtml(p.action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#475569">${escapeHtml(t("mail.linkHint"))}<br><a href="${link}" style="color:#047857;word-break:break-all">${link}</a></p>
<p style="margin:0;font-size:13px;color:#475569">${escapeHtml(p.after)}</p>
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#94a3b8;text-align:center">${escapeHtml(footer)}</p>
</body></html>
`;
  return { subject: p.subject, text, html };
}
