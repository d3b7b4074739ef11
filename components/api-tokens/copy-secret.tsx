"use client";

import { useTranslations } from "next-intl";
import { CopyField } from "@/components/ui/copy-field";

// The new token's secret, selectable as text and copied with one click.
export function CopySecret({ secret }: { secret: string }) {
  const t = useTranslations("apiTokens");
  return (
    <CopyField
      id="api-token-secret"
      label={t("secret")}
      value={secret}
      copyLabel={t("copy")}
      copiedLabel={t("copied")}
      testId="api-token-secret"
    />
  );
}
