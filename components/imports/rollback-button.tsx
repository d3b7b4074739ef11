"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { rollbackImportAction } from "@/app/actions/imports";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { reasonOf } from "@/components/imports/reason";

/** Rolls a committed import back as a whole (two clicks). */
export function RollbackImportButton({ orgSlug, importId }: { orgSlug: string; importId: string }) {
  const t = useTranslations("imports.rollback");
  const tAll = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <ConfirmButton
        label={t("button")}
        confirmLabel={t("yes")}
        onConfirm={async () => {
          const result = await rollbackImportAction(orgSlug, { importId });
          if (!result.ok) setMessage(reasonOf(result, tAll));
          else router.refresh();
        }}
      />
      <FormError message={message} />
    </span>
  );
}
