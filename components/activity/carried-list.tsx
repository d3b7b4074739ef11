import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatEmission, unitFor } from "@/lib/numbers/format";

export type TCarriedListRow = { id: string; name: string; fromYear: number; kgCO2e: string; href: string };

// A later period's list: equipment bought earlier and amortised, reported here, edited at its origin.
export function CarriedList({ rows }: { rows: TCarriedListRow[] }) {
  const t = useTranslations("collection.carriedList");
  const locale = useLocale();
  if (rows.length === 0) return null;
  const unit = unitFor(rows.map((r) => r.kgCO2e));
  const unitLabel = unit === "t" ? "tCO2e" : "kgCO2e";
  return (
    <Card className="mt-6 space-y-3">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul className="divide-y divide-slate-200 text-sm" data-testid="carried-list">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <span className="min-w-0">
              <span className="font-medium">{r.name}</span>{" "}
              <span className="text-xs text-slate-500">{t("from", { year: r.fromYear })}</span>
            </span>
            <span className="flex items-baseline gap-3">
              <span className="tabular-nums">
                {formatEmission(r.kgCO2e, unit, locale)} {unitLabel}
              </span>
              <Link href={r.href} className="text-xs text-sky-700 underline underline-offset-2">
                {t("open")}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
