"use client";

import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/actions/password-reset";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { ZResetPassword } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZResetPassword,
    defaultValues: { token, password: "", confirmPassword: "" },
    submit: resetPasswordAction,
    onSuccess: (data) => window.location.assign(data.redirectTo),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="password" label={t("password")} hint={t("passwordRules")} error={errorOf("password")}>
        <input
          type="password"
          autoComplete="new-password"
          {...form.register("password")}
          {...fieldAria("password", errorOf("password"))}
          className={controlClass(!!errorOf("password"))}
        />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={errorOf("confirmPassword")}>
        <input
          type="password"
          autoComplete="new-password"
          {...form.register("confirmPassword")}
          {...fieldAria("confirmPassword", errorOf("confirmPassword"))}
          className={controlClass(!!errorOf("confirmPassword"))}
        />
      </Field>
      <p className="text-xs text-slate-500">{t("signsOut")}</p>
      <Button type="submit" disabled={submitting} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
