import { useLocale, useTranslations } from "next-intl";
import { ghgCategoryLabel } from "@/lib/dashboard/labels";

/** Names a category key of the overview: "scope1", "3.6" (GHG Protocol view) or "1"…"6" (BEGES view). */
export function useCategoryLabel(view: "ghg" | "beges"): (key: string) => string {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return (key) => {
    if (view === "beges") return t(`beges.${key}` as "beges.1");
    if (key.startsWith("scope")) return t(`kpi.${key}` as "kpi.scope1");
    return t("ghgCategory", { n: key.slice(2), label: ghgCategoryLabel(Number(key.slice(2)), locale) ?? "" });
  };
}
