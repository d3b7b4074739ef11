"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inviteMemberAction } from "@/app/actions/members";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { MEMBER_ROLES, ZInvitationCreate } from "@/lib/invitations/schemas";

// The link is shown once, for the inviter to pass on; with e-mail configured it is also sent to the invitee.
export function InviteForm({ orgSlug, ttlDays }: { orgSlug: string; ttlDays: number }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const router = useRouter();
  const [sent, setSent] = useState<{ link: string; email: string; mail: "sent" | "failed" | "off" } | null>(null);
  const link = sent?.link;
  const { form, bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZInvitationCreate,
    defaultValues: { email: "", role: "CONTRIBUTOR" },
    submit: (values) => inviteMemberAction(orgSlug, values),
    onSuccess: (data) => {
      setSent(data);
      form.reset();
      router.refresh();
    },
  });
  return (
    <Card className="mb-6">
      <form onSubmit={onSubmit} noValidate aria-label={t("inviteTitle")} className="space-y-4">
        <div>
          <h2 className="text-base font-semibold">{t("inviteTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("inviteText", { days: ttlDays })}</p>
        </div>
        <FormError message={formError} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
          <FormField bind={bind} name="email" id="invite-email" label={t("email")} type="email" />
          <FormField bind={bind} as="select" name="role" id="invite-role" label={t("role")}>
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </FormField>
          <Button type="submit" disabled={submitting} className="sm:mt-6">
            {t("invite")}
          </Button>
        </div>
        {link ? (
          <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
            <p className="font-medium text-emerald-900">{t("linkReady")}</p>
            {sent?.mail === "sent" ? (
              <p className="mt-1 text-emerald-900">{t("invitationEmailed", { email: sent.email })}</p>
            ) : null}
            {sent?.mail === "failed" ? (
              <p className="mt-1 font-medium text-red-800">{t("invitationEmailFailed", { email: sent.email })}</p>
            ) : null}
            <input
              readOnly
              value={link}
              aria-label={t("invitationLink")}
              data-testid="invitation-link"
              onFocus={(e) => e.currentTarget.select()}
              className="mt-2 w-full rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs"
            />
            <p className="mt-1 text-xs text-emerald-800">{t("linkOnce")}</p>
          </div>
        ) : null}
      </form>
    </Card>
  );
}
