"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/actions/password-reset";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZResetPassword } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZResetPassword,
    defaultValues: { token, password: "", confirmPassword: "" },
    submit: resetPasswordAction,
    onSuccess: (data) => window.location.assign(data.redirectTo),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <NewPasswordFields
        labels={{ password: t("password"), rules: t("passwordRules"), confirmPassword: t("confirmPassword") }}
        bind={bind}
      />
      <p className="text-xs text-slate-500">{t("signsOut")}</p>
      <Button type="submit" disabled={submitting} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
