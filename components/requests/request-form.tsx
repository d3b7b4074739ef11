"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { createRequestAction } from "@/app/actions/requests";
import { ACTIVITY_CATEGORIES } from "@/lib/activity/categories";
import { ZRequestCreate, type TRequestCreateInput } from "@/lib/requests/schemas";
import Link from "next/link";

type Option = { id: string; name: string };
type Props = {
  orgSlug: string;
  periods: Option[]; // open periods, latest first
  sites: Option[];
  members: (Option & { email: string })[];
  defaultDueDate: string;
};

export function RequestForm({ orgSlug, periods, sites, members, defaultDueDate }: Props) {
  const t = useTranslations("requests");
  const tc = useTranslations("common");
  const router = useRouter();
  const back = `/${orgSlug}/collection/requests`;
  const defaultValues: TRequestCreateInput = {
    category: "" as TRequestCreateInput["category"],
    periodId: periods[0]?.id ?? "",
    siteId: "",
    assigneeId: "",
    dueDate: defaultDueDate,
    instructions: "",
  };
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZRequestCreate,
    defaultValues,
    submit: (values) => createRequestAction(orgSlug, values),
    onSuccess: () => {
      router.push(back);
      router.refresh();
    },
  });
  const { register } = form;
  const select = (name: keyof TRequestCreateInput, id: string) => ({
    ...register(name),
    ...fieldAria(id, errorOf(name)),
    className: controlClass(!!errorOf(name)),
  });
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("new")}>
        <FormError message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="request-category" label={t("category")} error={errorOf("category")}>
            <select {...select("category", "request-category")}>
              <option value="">{t("chooseCategory")}</option>
              {ACTIVITY_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-period" label={t("period")} error={errorOf("periodId")}>
            <select {...select("periodId", "request-period")}>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-site" label={t("site")} hint={t("siteHint")} error={errorOf("siteId")}>
            <select {...select("siteId", "request-site")}>
              <option value="">{t("allSites")}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-assignee" label={t("assignee")} error={errorOf("assigneeId")}>
            <select {...select("assigneeId", "request-assignee")}>
              <option value="">{t("chooseAssignee")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({m.email})
                </option>
              ))}
            </select>
          </Field>
          <Field id="request-due" label={t("dueDate")} error={errorOf("dueDate")}>
            <input type="date" {...select("dueDate", "request-due")} />
          </Field>
        </div>
        <Field
          id="request-instructions"
          label={t("instructions")}
          hint={t("instructionsHint")}
          error={errorOf("instructions")}
        >
          <textarea rows={4} {...select("instructions", "request-instructions")} />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={submitting}>
            {t("send")}
          </Button>
          <Link href={back} className={buttonClass("ghost")}>
            {tc("cancel")}
          </Link>
        </div>
      </form>
    </Card>
  );
}
