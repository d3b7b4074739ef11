import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

// The page's choices in its address (period, statuses): a plain GET form, no JavaScript needed.
export function ProductPeriodPicker({
  periods,
  periodId,
  statuses,
}: {
  periods: { id: string; label: string }[];
  periodId: string;
  statuses: "validated" | "all";
}) {
  const t = useTranslations("productPage");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <label className="block min-w-32 text-sm font-medium text-slate-700">
        {t("period")}
        <select name="period" defaultValue={periodId} className={`${controlClass(false)} mt-1`}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block min-w-0 flex-1 text-sm font-medium text-slate-700 sm:max-w-xs">
        {t("statuses")}
        <select name="statuses" defaultValue={statuses} className={`${controlClass(false)} mt-1`}>
          <option value="all">{t("statusAll")}</option>
          <option value="validated">{t("statusValidated")}</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
