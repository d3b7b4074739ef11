"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { cn } from "@/components/ui/cn";

type TOption = { value: "" | "previous" | "base"; label: string; disabled?: boolean };

// Which year the waterfall compares with, kept in the address (`against`) like the overview's other choices.
export function YoyToggle({ value, options }: { value: string; options: TOption[] }) {
  const t = useTranslations("dashboard.yoy");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const choose = (next: string) => {
    const params = new URLSearchParams(search.toString());
    if (next === "") params.delete("against");
    else params.set("against", next);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return (
    <div
      role="radiogroup"
      aria-label={t("against")}
      className="flex flex-wrap items-center gap-2"
      data-testid="yoy-against"
    >
      <span aria-hidden className="text-xs font-medium text-slate-600">
        {t("against")}
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          disabled={o.disabled}
          onClick={() => choose(o.value)}
          className={cn(
            "rounded-full border px-3 py-1.5 text-xs font-medium",
            value === o.value
              ? "border-teal-700 bg-teal-700 text-white"
              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            o.disabled && "cursor-not-allowed opacity-50 hover:bg-white",
          )}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
