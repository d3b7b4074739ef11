"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { choiceOptions } from "@/components/dashboard/report-choices";
import { controlClass } from "@/components/ui/field";

type Props = {
  periods: { id: string; label: string }[];
  value: { period: string; basis: string; scope2: string; view: string };
};

// The overview's choices live in the address, so a view can be bookmarked or sent to a colleague.
export function OverviewControls({ periods, value }: Props) {
  const t = useTranslations("dashboard.controls");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const set = (name: string, next: string) => {
    const params = new URLSearchParams(search.toString());
    params.set(name, next);
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  };
  const select = (name: keyof Props["value"], options: { value: string; label: string }[]) => (
    <label className="block min-w-0 text-xs font-medium text-slate-600">
      {t(name)}
      <select
        value={value[name]}
        onChange={(e) => set(name, e.target.value)}
        className={`${controlClass(false)} mt-1`}
        data-testid={`overview-${name}-select`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {select(
        "period",
        periods.map((p) => ({ value: p.id, label: p.label })),
      )}
      {select("basis", choiceOptions("basis", t))}
      {select("scope2", choiceOptions("scope2", t))}
      {select("view", choiceOptions("view", t))}
    </div>
  );
}
