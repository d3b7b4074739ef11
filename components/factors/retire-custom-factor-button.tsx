"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { retireCustomFactorAction } from "@/app/actions/custom-factors";

export function RetireCustomFactorButton({ orgSlug, factorId }: { orgSlug: string; factorId: string }) {
  const t = useTranslations("customFactors.detail");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-2">
      <ConfirmButton
        label={t("retire")}
        confirmLabel={t("confirmRetire")}
        onConfirm={async () => {
          const result = await retireCustomFactorAction(orgSlug, { id: factorId });
          setError(result.ok ? null : te(result.error));
          router.refresh();
        }}
      />
      <FormError message={error} />
    </span>
  );
}
