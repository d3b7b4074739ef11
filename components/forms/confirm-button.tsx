"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

// Destructive actions take two clicks: the first asks, the second does it.
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  variant = "danger",
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  variant?: ButtonVariant;
}) {
  const t = useTranslations("common");
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  if (!asking) {
    return (
      <Button size="sm" variant={variant} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="inline-flex gap-1">
      <Button
        size="sm"
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            await onConfirm();
            setAsking(false);
          })
        }
      >
        {confirmLabel}
      </Button>
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
        {t("cancel")}
      </Button>
    </span>
  );
}
