"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { controlClass } from "@/components/ui/field";

type Props = {
  periods: { id: string; label: string; status: "OPEN" | "LOCKED" }[];
  selected: string;
  label: string;
};

// Chooses the period a page shows, kept in the address (?period=…) so it can be shared and reloaded.
export function PeriodPicker({ periods, selected, label }: Props) {
  const t = useTranslations("completeness");
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span className="shrink-0">{label}</span>
      <select
        className={controlClass(false)}
        value={selected}
        onChange={(event) => {
          const next = new URLSearchParams(searchParams);
          next.set("period", event.target.value);
          router.push(`${pathname}?${next.toString()}`);
        }}
      >
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.status === "LOCKED" ? t("lockedPeriod", { label: p.label }) : p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
