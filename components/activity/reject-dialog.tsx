"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { rejectActivityAction } from "@/app/actions/activity-status";
import { ZActivityReject } from "@/lib/activity/status-schemas";

// A modal (native <dialog>: focus trapped, Escape closes) asking why a line is rejected: the contributor
// reads this comment on the line and in their notifications.
export function RejectDialog({
  orgSlug,
  activityId,
  lineLabel,
  onClose,
  onDone,
}: {
  orgSlug: string;
  activityId: string;
  lineLabel: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useTranslations("activityStatus");
  const tc = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: ZActivityReject,
    defaultValues: { id: activityId, comment: "" },
    submit: (values) => rejectActivityAction(orgSlug, values),
    onSuccess: onDone,
  });
  const id = `reject-comment-${activityId}`;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4 p-5" aria-label={t("rejectTitle")}>
        <div>
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {t("rejectTitle")}
          </h2>
          <p className="mt-1 break-words text-sm text-slate-600">{lineLabel}</p>
        </div>
        <FormError message={formError} />
        <Field id={id} label={t("comment")} hint={t("commentHint")} error={errorOf("comment")}>
          <textarea
            rows={4}
            {...form.register("comment")}
            {...fieldAria(id, errorOf("comment"))}
            className={controlClass(!!errorOf("comment"))}
          />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" disabled={submitting}>
            {t("reject")}
          </Button>
          <Button variant="ghost" onClick={() => ref.current?.close()}>
            {tc("cancel")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
