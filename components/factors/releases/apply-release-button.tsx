"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { applyReleaseUpdateAction } from "@/app/actions/factor-releases";

// Two clicks, then a background job recomputes the open periods; the page shows its progress.
export function ApplyReleaseButton({ orgSlug, source, version }: { orgSlug: string; source: string; version: string }) {
  const t = useTranslations("factorReleases.preview");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-2">
      <ConfirmButton
        variant="primary"
        label={t("apply", { version })}
        confirmLabel={t("confirmApply", { version })}
        onConfirm={async () => {
          const result = await applyReleaseUpdateAction(orgSlug, { source, version });
          if (result.ok) {
            setError(null);
            router.refresh();
            window.scrollTo({ top: 0, behavior: "smooth" });
            return;
          }
          setError(
            result.error === "CONFLICT" || result.error === "VALIDATION"
              ? t(`errors.${result.error}`)
              : te(result.error),
          );
          router.refresh();
        }}
      />
      <FormError message={error} />
    </span>
  );
}
