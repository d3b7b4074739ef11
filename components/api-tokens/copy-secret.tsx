"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// The new token's secret, selectable as text and copied with one click.
export function CopySecret({ secret }: { secret: string }) {
  const t = useTranslations("apiTokens");
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2">
      <label htmlFor="api-token-secret" className="block text-sm font-medium text-slate-800">
        {t("secret")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="api-token-secret"
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-xs"
          data-testid="api-token-secret"
        />
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
