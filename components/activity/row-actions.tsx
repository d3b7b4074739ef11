"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteActivityAction, duplicateActivityAction } from "@/app/actions/activities";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button, buttonClass } from "@/components/ui/button";

type Props = {
  orgSlug: string;
  activityId: string;
  label: string; // names the line in the buttons' accessible names
  editHref: string;
  canEdit: boolean;
  canDuplicate: boolean;
  openPeriods: { id: string; name: string }[];
  showEdit?: boolean; // the table's line name already links to the edit page
};

// Edit, duplicate into an open period (then open the copy), delete after a confirmation.
export function RowActions({
  orgSlug,
  activityId,
  label,
  editHref,
  canEdit,
  canDuplicate,
  openPeriods,
  showEdit = true,
}: Props) {
  const t = useTranslations("collection.actions");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [target, setTarget] = useState(openPeriods[0]?.id ?? "");
  const [pending, startTransition] = useTransition();
  const duplicate = () =>
    startTransition(async () => {
      const result = await duplicateActivityAction(orgSlug, { id: activityId, periodId: target });
      if (!result.ok) return setError(te(result.error));
      router.push(editHref.replace(/[^/]+$/, result.data.id));
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-1 xl:flex-nowrap">
      {showEdit ? (
        <Link
          href={editHref}
          className={buttonClass("ghost", "sm")}
          aria-label={t(canEdit ? "editNamed" : "viewNamed", { label })}
        >
          {t(canEdit ? "edit" : "view")}
        </Link>
      ) : null}
      {canDuplicate && openPeriods.length > 0 ? (
        copying ? (
          <span className="inline-flex flex-wrap items-center gap-1">
            <select
              aria-label={t("duplicateInto")}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              {openPeriods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <Button size="sm" variant="secondary" disabled={pending} onClick={duplicate}>
              {t("duplicateConfirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setCopying(false)}>
              {t("cancel")}
            </Button>
          </span>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            aria-label={t("duplicateNamed", { label })}
            onClick={() => setCopying(true)}
          >
            {t("duplicate")}
          </Button>
        )
      ) : null}
      {canEdit ? (
        <ConfirmButton
          label={t("delete")}
          confirmLabel={t("confirmDelete")}
          onConfirm={async () => {
            const result = await deleteActivityAction(orgSlug, { id: activityId });
            if (!result.ok) setError(te(result.error));
            router.refresh();
          }}
        />
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
