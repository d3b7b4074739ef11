import { useTranslations } from "next-intl";
import { splitRule } from "@/components/activity/labels";

// Why the engine chose the line's factor, in words (the activity form's wording, activity.rules).
export function ResolutionRule({ rule }: { rule: string }) {
  const t = useTranslations("activity.rules");
  const parts = splitRule(rule);
  return (
    <span>
      {t.has(parts.base) ? t(parts.base as "exact") : parts.base}
      {parts.fallback ? ` ${t("regionFallback", { region: parts.fallback })}` : ""}
    </span>
  );
}
