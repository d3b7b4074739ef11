"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteAllocationKeyAction, setAllocationKeyAction } from "@/app/actions/allocation";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ALLOCATION_KINDS, type TAllocationKind } from "@/lib/allocation/compute";
import { zAllocationKey } from "@/lib/allocation/schemas";
import { formatForInput } from "@/lib/numbers/format";

// A manager's key for one post and period: the kind, then one value per product (revenue €, headcount or
// %); a hosting key takes its weights from the inventory. Saved by the server action with the same schema.

export function AllocationKeyForm({
  orgSlug,
  periodId,
  post,
  postLabel,
  products,
  stored,
}: {
  orgSlug: string;
  periodId: string;
  post: string;
  postLabel: string;
  products: { id: string; name: string }[];
  stored: { kind: TAllocationKind; inputs: { productId: string; value: string }[] } | null;
}) {
  const t = useTranslations("allocation");
  const locale = useLocale();
  const router = useRouter();
  const [status, setStatus] = useState<"saved" | "removed" | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const valueOf = (id: string) => stored?.inputs.find((i) => i.productId === id)?.value;
  const { form, bind, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: zAllocationKey,
    defaultValues: {
      periodId,
      post: post as never,
      kind: stored?.kind ?? "HEADCOUNT",
      inputs: products.map((p) => ({ productId: p.id, value: formatForInput(valueOf(p.id), locale) })),
    },
    submit: (values) => {
      setStatus(null);
      return setAllocationKeyAction(orgSlug, values);
    },
    onSuccess: () => {
      setStatus("saved");
      router.refresh();
    },
  });
  const kind = form.watch("kind");
  // A refinement over the whole list (custom % ≠ 100, all zero): react-hook-form files it under "root".
  const inputsError = errorOf("inputs.root" as "inputs") ?? errorOf("inputs");
  const remove = async () => {
    setStatus(null);
    setRemoveError(null);
    const result = await deleteAllocationKeyAction(orgSlug, { periodId, post });
    if (result.ok) {
      setStatus("removed");
      router.refresh();
    } else setRemoveError(t("form.removeFailed"));
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("form.label", { post: postLabel })}
      className="mt-4 space-y-3 border-t border-slate-100 pt-4"
    >
      <FormError message={formError ?? removeError} />
      <FormField bind={bind} name="kind" id={`kind-${post}`} label={t("form.kind")} as="select" className="sm:max-w-xs">
        {ALLOCATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </FormField>
      {kind === "HOSTING" ? (
        <p className="text-xs text-slate-500">{t("form.hostingHint")}</p>
      ) : (
        <fieldset>
          <legend className="text-xs text-slate-500">{t(`form.inputsHint.${kind}`)}</legend>
          <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-3">
            {products.map((p, index) => (
              <FormField
                key={p.id}
                bind={bind}
                name={`inputs.${index}.value`}
                id={`input-${post}-${p.id}`}
                label={t("form.input", { product: p.name, unit: t(`units.${kind}`) })}
                inputMode="decimal"
              />
            ))}
          </div>
          {inputsError ? (
            <p role="alert" className="mt-2 text-xs font-medium text-red-600">
              {inputsError}
            </p>
          ) : null}
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={submitting}>
          {t("form.save")}
        </Button>
        {stored ? (
          <Button type="button" size="sm" variant="secondary" onClick={remove} disabled={submitting}>
            {t("form.remove")}
          </Button>
        ) : null}
        {status ? (
          <span role="status" className="text-xs text-emerald-700">
            {t(`form.${status}`)}
          </span>
        ) : null}
      </div>
    </form>
  );
}
