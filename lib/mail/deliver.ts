import "server-only";
import { renderMail, type MailContent } from "@/lib/mail/render";
import type { Mailer } from "@/lib/mail/transport";

export type MailOutcome = "sent" | "failed" | "off";

// Called after the change it announces is committed: a mail server that is down must not undo it,
// so a failure is logged and reported to the caller, never thrown.
export async function deliverMail(
  mailer: Mailer | null,
  to: string,
  locale: string,
  content: MailContent,
): Promise<MailOutcome> {
  if (!mailer) return "off";
  try {
    await mailer.send(to, renderMail(content, locale));
    return "sent";
  } catch (error) {
    console.error(
      `[mail] the ${content.kind} e-mail could not be sent:`,
      error instanceof Error ? error.message : error,
    );
    return "failed";
  }
}
