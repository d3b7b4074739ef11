import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { RenderedMail } from "@/lib/mail/render";

export type Mailer = { send: (to: string, mail: RenderedMail) => Promise<void> };

/** "Albedo <no-reply@host>" from the public address, unless MAIL_FROM says otherwise. */
export function defaultMailFrom(appBase: string): string {
  return `Albedo <no-reply@${new URL(appBase).hostname}>`;
}

// nodemailer reads smtp://user:pass@host:port (STARTTLS when offered) and smtps:// (TLS from the start).
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, mail) {
      await transporter.sendMail({ from, to, subject: mail.subject, text: mail.text, html: mail.html });
    },
  };
}

let cached: { key: string; mailer: Mailer } | undefined;

/** The configured mailer, or null when SMTP_URL is unset (links are then passed on by hand). */
export function configuredMailer(appBase: string): Mailer | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  const from = MAIL_FROM ?? defaultMailFrom(appBase);
  const key = `${SMTP_URL} ${from}`;
  if (cached?.key !== key) cached = { key, mailer: createMailer(SMTP_URL, from) };
  return cached.mailer;
}

export function mailConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}
