"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/app/actions/sign-in";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { ZSignIn } from "@/lib/auth/schemas";

export function SignInForm({ next }: { next?: string | undefined }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZSignIn,
    defaultValues: { email: "", password: "" },
    submit: signInAction,
    onSuccess: () => window.location.assign(safeRedirectPath(next)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="email" label={t("email")} error={errorOf("email")}>
        <input
          type="email"
          autoComplete="email"
          {...form.register("email")}
          {...fieldAria("email", errorOf("email"))}
          className={controlClass(!!errorOf("email"))}
        />
      </Field>
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
        {submitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
