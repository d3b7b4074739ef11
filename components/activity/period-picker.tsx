import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { TPeriodRef } from "@/lib/activity/collection-refs";

// A GET form: works without JavaScript, and the address says which period is shown.
export function PeriodPicker({ periods, current }: { periods: TPeriodRef[]; current: string | null }) {
  const t = useTranslations("collection");
  return (
    <form method="get" className="flex items-end gap-2">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("period")}</span>
        <select name="period" defaultValue={current ?? ""} className={controlClass(false)}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.status === "LOCKED" ? t("periodLocked", { label: p.label }) : p.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
