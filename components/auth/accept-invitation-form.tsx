"use client";

import { useTranslations } from "next-intl";
import { acceptAsExistingUserAction, acceptAsNewUserAction } from "@/app/actions/invitations";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { Field, controlClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZAcceptInvitationExistingUser, ZAcceptInvitationNewUser } from "@/lib/auth/schemas";

const go = (data: { redirectTo: string }) => window.location.assign(data.redirectTo);

export function NewUserInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const { bind, onSubmit, formError, submitting } = useActionForm({
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
      <FormField bind={bind} name="name" id="name" label={t("name")} autoComplete="name" />
      <NewPasswordFields
        labels={{ password: t("password"), rules: t("passwordRules"), confirmPassword: t("confirmPassword") }}
        bind={bind}
      />
      <Button type="submit" disabled={submitting} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}

export function ExistingUserInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZAcceptInvitationExistingUser,
    defaultValues: { token, password: "" },
    submit: acceptAsExistingUserAction,
    onSuccess: go,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("existingAccount", { email })}</p>
      <FormError message={formError} />
      <FormField
        bind={bind}
        name="password"
        id="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
      />
      <Button type="submit" disabled={submitting} className="w-full">
        {t("accept")}
      </Button>
    </form>
  );
}
