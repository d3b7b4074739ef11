import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { changeTone, relativeChange } from "@/components/factors/releases/format";
import { formatChange, formatEmission, type TEmissionUnit } from "@/lib/numbers/format";

// An emission figure with its unit ("1 234,5 tCO2e"), or a change ("+97,2 kgCO2e (+7,7 %)").

export async function Emission({
  kg,
  unit,
  signed = false,
  className,
}: {
  kg: string;
  unit: TEmissionUnit;
  signed?: boolean;
  className?: string;
}) {
  const t = await getTranslations("factorReleases");
  const locale = await getLocale();
  return (
    <span className={cn("whitespace-nowrap tabular-nums", className)}>
      {t("withUnit", { value: formatEmission(kg, unit, locale, { signed }), unit: t(`units.${unit}`) })}
    </span>
  );
}

export const toneClass = (before: string, after: string) =>
  ({ up: "text-amber-800", down: "text-emerald-700", same: "text-slate-600" })[changeTone(before, after)];

export async function ChangePct({ before, after, className }: { before: string; after: string; className?: string }) {
  const locale = await getLocale();
  return (
    <span className={cn("whitespace-nowrap tabular-nums", toneClass(before, after), className)}>
      {formatChange(relativeChange(before, after), locale)}
    </span>
  );
}
