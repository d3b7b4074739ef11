import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TCategoryTotal } from "@/lib/activity/hub";
import { formatEmission, formatNumber, type TEmissionUnit } from "@/lib/numbers/format";

// One data-collection category on the hub: its lines and kgCO2e for the period, a link to its list.
// `unit` is shared by every card of the hub, so the figures compare at a glance.
export function CategoryCard({ total, href, unit }: { total: TCategoryTotal; href: string; unit: TEmissionUnit }) {
  const t = useTranslations("collection");
  const locale = useLocale();
  return (
    <Card className="flex flex-col gap-3 p-4">
      <div>
        <h2 className="text-base font-semibold">
          <Link href={href} className="hover:underline">
            {t(`categories.${total.category}.title`)}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t(`categories.${total.category}.description`)}</p>
      </div>
      <dl className="mt-auto grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-500">{t("lines")}</dt>
          <dd className="font-medium tabular-nums" data-testid={`lines-${total.category}`}>
            {formatNumber(total.lines, locale)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{unit === "t" ? "tCO2e" : "kgCO2e"}</dt>
          <dd className="font-medium tabular-nums" data-testid={`kg-${total.category}`} data-kgco2e={total.kgCO2e}>
            {formatEmission(total.kgCO2e, unit, locale)}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
