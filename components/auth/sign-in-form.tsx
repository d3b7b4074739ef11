"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/app/actions/sign-in";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { ZSignIn } from "@/lib/auth/schemas";

export function SignInForm({ next }: { next?: string | undefined }) {
  const t = useTranslations("auth");
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZSignIn,
    defaultValues: { email: "", password: "" },
    submit: signInAction,
    onSuccess: () => window.location.assign(safeRedirectPath(next)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormField bind={bind} name="email" id="email" label={t("email")} type="email" autoComplete="email" />
      <FormField
        bind={bind}
        name="password"
        id="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
      />
      <Button type="submit" disabled={submitting} className="w-full">
        {submitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
