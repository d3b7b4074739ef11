"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createClientAction } from "@/app/actions/portfolio";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { zClientCreate } from "@/lib/organizations/portfolio-schemas";

export function ClientForm({ firmId }: { firmId: string }) {
  const t = useTranslations("portfolio");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: zClientCreate,
    defaultValues: { firmId, name: "", country: "FR", headcount: "" },
    submit: createClientAction,
    onSuccess: (data) => router.push(`/${data.slug}/settings`),
  });
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label={t("addClient")} className="space-y-4">
        <h2 className="text-base font-semibold">{t("addClient")}</h2>
        <FormError message={formError} />
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="client-name" label={t("clientName")} error={errorOf("name")}>
            <input
              {...form.register("name")}
              {...fieldAria("client-name", errorOf("name"))}
              className={controlClass(!!errorOf("name"))}
            />
          </Field>
          <Field id="client-country" label={t("country")} error={errorOf("country")}>
            <input
              maxLength={2}
              {...form.register("country")}
              {...fieldAria("client-country", errorOf("country"))}
              className={controlClass(!!errorOf("country"))}
            />
          </Field>
          <Field id="client-headcount" label={t("headcount")} error={errorOf("headcount")}>
            <input
              inputMode="numeric"
              {...form.register("headcount")}
              {...fieldAria("client-headcount", errorOf("headcount"))}
              className={controlClass(!!errorOf("headcount"))}
            />
          </Field>
        </div>
        <Button type="submit" disabled={submitting}>
          {t("create")}
        </Button>
      </form>
    </Card>
  );
}
