"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

// A read-only value (a link, a secret) selectable as text and copied with one click.
export function CopyField({
  id,
  label,
  value,
  copyLabel,
  copiedLabel,
  testId,
  labelClassName = "block text-sm font-medium text-slate-800",
}: {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  testId?: string;
  labelClassName?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="h-10 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-xs sm:flex-1"
          data-testid={testId}
        />
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          <span aria-live="polite">{copied ? copiedLabel : copyLabel}</span>
        </Button>
      </div>
    </div>
  );
}
