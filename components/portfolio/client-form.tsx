"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createClientAction } from "@/app/actions/portfolio";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { zClientCreate } from "@/lib/organizations/portfolio-schemas";

export function ClientForm({ firmId }: { firmId: string }) {
  const t = useTranslations("portfolio");
  const router = useRouter();
  const { bind, onSubmit, formError, submitting } = useActionForm({
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
          <FormField bind={bind} name="name" id="client-name" label={t("clientName")} />
          <FormField bind={bind} name="country" id="client-country" label={t("country")} maxLength={2} />
          <FormField bind={bind} name="headcount" id="client-headcount" label={t("headcount")} inputMode="numeric" />
        </div>
        <Button type="submit" disabled={submitting}>
          {t("create")}
        </Button>
      </form>
    </Card>
  );
}
