"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { assignProductByTagAction, assignSiteByTagAction } from "@/app/actions/hosting";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZTagRuleForm } from "@/lib/imports/boavizta/hosting-schemas";

type TOption = { value: string; label: string };

// "Every resource tagged app=booking belongs to Réservations" (target product) or "… tagged dc=paris is at
// Siège Paris" (target site): moves the period's matching resources' rows in the inventory to it (or off
// any), audited. Managers only. Each server action checks the rule with its own schema.
export function TagRuleForm({
  orgSlug,
  target,
  periods,
  targets,
  tagKeys,
}: {
  orgSlug: string;
  target: "product" | "site";
  periods: TOption[];
  targets: TOption[];
  tagKeys: string[];
}) {
  const t = useTranslations("imports.hosting.rule");
  const [done, setDone] = useState<string | null>(null);
  const id = (name: string) => `${target}-rule-${name}`;
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZTagRuleForm,
    defaultValues: { periodId: periods[0]?.value ?? "", tagKey: tagKeys[0] ?? "", tagValue: "", targetId: "" },
    submit: ({ targetId, ...match }) => {
      setDone(null);
      return target === "product"
        ? assignProductByTagAction(orgSlug, { ...match, productId: targetId })
        : assignSiteByTagAction(orgSlug, { ...match, siteId: targetId });
    },
    onSuccess: (r) => setDone(t("done", { matched: r.matched, changed: r.changed })),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(`${target}.title`)} className="space-y-3">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField bind={bind} as="select" name="periodId" id={id("period")} label={t("period")}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </FormField>
        <FormField bind={bind} name="tagKey" id={id("tag-key")} label={t("tagKey")} list={id("tag-keys")} />
        <datalist id={id("tag-keys")}>
          {tagKeys.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <FormField bind={bind} name="tagValue" id={id("tag-value")} label={t("tagValue")} />
        <FormField bind={bind} as="select" name="targetId" id={id("target")} label={t(`${target}.target`)}>
          <option value="">{t(`${target}.none`)}</option>
          {targets.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </FormField>
      </div>
      <Button type="submit" size="sm" disabled={submitting}>
        {t("apply")}
      </Button>
    </form>
  );
}
