"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestPasswordResetAction } from "@/app/actions/password-reset";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZForgotPassword } from "@/lib/auth/schemas";

// The answer never says whether the address has an account.
export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZForgotPassword,
    defaultValues: { email: "" },
    submit: requestPasswordResetAction,
    onSuccess: (data) => setSentTo(data.email),
  });
  if (sentTo) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
        {t("sent", { email: sentTo })}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("forgotText")}</p>
      <FormError message={formError} />
      <FormField bind={bind} name="email" id="email" label={t("email")} type="email" autoComplete="email" />
      <Button type="submit" disabled={submitting} className="w-full">
        {submitting ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
