"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { clearNotationKeyAction, setNotationKeyAction } from "@/app/actions/notation-keys";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import type { TActivityCategory } from "@/lib/activity/categories";
import { NOTATION_KEY_KINDS, ZNotationKeySet, type TNotationKeyKind } from "@/lib/notation-keys/schemas";

type Props = {
  orgSlug: string;
  periodId: string;
  category: TActivityCategory;
  siteId: string | null;
  current: { id: string; kind: TNotationKeyKind; explanation: string | null } | null;
  onDone?: () => void;
};

// Why a category has no lines for a period: NO, NE (with the reason), IE (with where) or C.
export function NotationKeyEditor({ orgSlug, periodId, category, siteId, current, onDone }: Props) {
  const t = useTranslations("notationKeys");
  const router = useRouter();
  const idPrefix = `nk-${category}-${siteId ?? "all"}`;
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZNotationKeySet,
    defaultValues: {
      periodId,
      category,
      siteId: siteId ?? "",
      kind: current?.kind ?? "NOT_OCCURRING",
      explanation: current?.explanation ?? "",
    } satisfies z.input<typeof ZNotationKeySet>,
    submit: (values) => setNotationKeyAction(orgSlug, values),
    onSuccess: () => {
      router.refresh();
      onDone?.();
    },
  });
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("title")}>
      <FormError message={formError} />
      <Field id={`${idPrefix}-kind`} label={t("kind")} hint={t(`kindHelp.${kind}`)} error={errorOf("kind")}>
        <select
          {...form.register("kind")}
          {...fieldAria(`${idPrefix}-kind`, errorOf("kind"))}
          className={controlClass(!!errorOf("kind"))}
        >
          {NOTATION_KEY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${idPrefix}-explanation`} label={t(`explanationFor.${kind}`)} error={errorOf("explanation")}>
        <textarea
          rows={2}
          {...form.register("explanation")}
          {...fieldAria(`${idPrefix}-explanation`, errorOf("explanation"))}
          className={controlClass(!!errorOf("explanation"))}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={submitting}>
          {t("save")}
        </Button>
        {current ? (
          <ConfirmButton
            label={t("clear")}
            confirmLabel={t("confirmClear")}
            onConfirm={async () => {
              const result = await clearNotationKeyAction(orgSlug, { id: current.id });
              if (result.ok) {
                router.refresh();
                onDone?.();
              }
            }}
          />
        ) : null}
      </div>
    </form>
  );
}
