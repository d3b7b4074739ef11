"use client";

import { useTranslations } from "next-intl";
import { acceptAsExistingUserAction, acceptAsNewUserAction } from "@/app/actions/invitations";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { ZAcceptInvitationExistingUser, ZAcceptInvitationNewUser } from "@/lib/auth/schemas";

const go = (data: { redirectTo: string }) => window.location.assign(data.redirectTo);

export function NewUserInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZAcceptInvitationNewUser,
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
    submit: acceptAsNewUserAction,
    onSuccess: go,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="invite-email" label={t("email")}>
        <input id="invite-email" value={email} readOnly className={controlClass(false)} />
      </Field>
      <Field id="name" label={t("name")} error={errorOf("name")}>
        <input
          autoComplete="name"
          {...form.register("name")}
          {...fieldAria("name", errorOf("name"))}
          className={controlClass(!!errorOf("name"))}
        />
      </Field>
      <NewPasswordFields
        labels={{ password: t("password"), rules: t("passwordRules"), confirmPassword: t("confirmPassword") }}
        password={form.register("password")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ password: errorOf("password"), confirmPassword: errorOf("confirmPassword") }}
      />
      <Button type="submit" disabled={submitting} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}

export function ExistingUserInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZAcceptInvitationExistingUser,
    defaultValues: { token, password: "" },
    submit: acceptAsExistingUserAction,
    onSuccess: go,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("existingAccount", { email })}</p>
      <FormError message={formError} />
      <Field id="password" label={t("password")} error={errorOf("password")}>
        <input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldAria("password", errorOf("password"))}
          className={controlClass(!!errorOf("password"))}
        />
      </Field>
      <Button type="submit" disabled={submitting} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}
