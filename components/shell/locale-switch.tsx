"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALES } from "@/i18n/config";
import { cn } from "@/components/ui/cn";
import { setLocaleAction } from "@/app/actions/session";

export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations("shell");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div
      role="group"
      aria-label={t("language")}
      className={cn("inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-xs", className)}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction(locale);
              router.refresh();
            })
          }
          className={cn(
            "rounded px-2 py-1 font-medium uppercase",
            current === locale ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {locale}
        </button>
      ))}
    </div>
  );
}
