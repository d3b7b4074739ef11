"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export type ResetLinkResult = { name: string; email: string; mail: "sent" | "failed" | "off"; link: string | null };

// The outcome of "Reset password" on the members page: the e-mail sent, and/or the link to pass on
// (shown once, like an invitation link).
export function ResetLinkPanel({ result, onClose }: { result: ResetLinkResult; onClose: () => void }) {
  const t = useTranslations("members");
  const { name, email, mail, link } = result;
  const failed = mail === "failed";
  return (
    <div
      role="status"
      data-testid="reset-link-panel"
      className={`rounded-md border p-3 text-sm ${failed && !link ? "border-red-200 bg-red-50" : "border-emerald-200 bg-emerald-50"}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="space-y-1">
          {mail === "sent" ? <p className="font-medium text-emerald-900">{t("resetEmailed", { email })}</p> : null}
          {failed ? (
            <p className="font-medium text-red-800">
              {link ? t("resetEmailFailed", { email }) : t("resetEmailFailedNoLink", { email })}
            </p>
          ) : null}
          {link ? (
            <p className={mail === "sent" ? "text-emerald-900" : "font-medium text-emerald-900"}>
              {mail === "sent" ? t("resetLinkAlso") : t("resetLinkReady", { name })}
            </p>
          ) : null}
        </div>
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
      {link ? (
        <>
          <input
            readOnly
            value={link}
            aria-label={t("resetLinkLabel")}
            data-testid="reset-link"
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs"
          />
          <p className="mt-1 text-xs text-emerald-800">{t("resetLinkOnce", { name })}</p>
        </>
      ) : null}
    </div>
  );
}
