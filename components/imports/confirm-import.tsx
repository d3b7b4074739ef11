"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmImportAction } from "@/app/actions/imports";
import { FormError } from "@/components/forms/form-error";
import { reasonOf } from "@/components/imports/reason";
import { Button } from "@/components/ui/button";

/** Confirms a previewed import: the commit job is queued and the page shows its progress. */
export function ConfirmImport({ orgSlug, importId, rows }: { orgSlug: string; importId: string; rows: number }) {
  const t = useTranslations("imports.detail");
  const tAll = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        data-testid="confirm-import"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await confirmImportAction(orgSlug, { importId });
            if (!result.ok) setError(reasonOf(result, tAll));
            else router.refresh();
          })
        }
      >
        {pending ? t("confirming") : t("confirm", { count: rows })}
      </Button>
      <FormError message={error} />
    </div>
  );
}
