"use client";

import { useTranslations } from "next-intl";
import { setupAction } from "@/app/actions/setup";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZSetup } from "@/lib/auth/schemas";

export function SetupForm() {
  const t = useTranslations("setup");
  const { form, bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZSetup,
    defaultValues: { kind: "company", name: "", email: "", organizationName: "", password: "", confirmPassword: "" },
    submit: setupAction,
    onSuccess: (data) => window.location.assign(data.redirectTo),
  });
  const text = (
    id: "name" | "email" | "organizationName" | "password" | "confirmPassword",
    type = "text",
    autoComplete?: string,
  ) => (
    <FormField
      bind={bind}
      name={id}
      id={id}
      label={t(id)}
      hint={id === "password" ? t("passwordRules") : undefined}
      type={type}
      autoComplete={autoComplete}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("kind")}</legend>
        {(["company", "consultancy"] as const).map((kind) => (
          <label
            key={kind}
            className="flex items-start gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={kind} {...form.register("kind")} className="mt-0.5" />
            <span>
              <span className="font-medium">{t(`kinds.${kind}.title`)}</span>
              <span className="block text-slate-600">{t(`kinds.${kind}.text`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {text("organizationName")}
      {text("name", "text", "name")}
      {text("email", "email", "email")}
      {text("password", "password", "new-password")}
      {text("confirmPassword", "password", "new-password")}
      <Button type="submit" disabled={submitting} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
