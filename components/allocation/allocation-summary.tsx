import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TPeriodAllocation } from "@/lib/allocation/compute";
import { formatEmission, type TEmissionUnit } from "@/lib/numbers/format";

// The period at a glance: each product's direct, allocated and total kg, the unallocated rest, and the
// organisation's total they add up to (exactly: lib/allocation/compute).

export function AllocationSummary({
  allocation,
  products,
  unit,
  productHref,
}: {
  allocation: TPeriodAllocation;
  products: { id: string; name: string }[];
  unit: TEmissionUnit;
  productHref: (id: string) => string;
}) {
  const t = useTranslations("allocation");
  const locale = useLocale();
  const mass = (kg: string) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "t" : "kg"}`;
  const nameOf = (id: string) => products.find((p) => p.id === id)?.name ?? id;
  return (
    <Card>
      <h2 className="text-base font-semibold text-slate-900">{t("summary.title")}</h2>
      <ul className="mt-3 divide-y divide-slate-100 text-sm" data-testid="allocation-summary">
        {allocation.products.map((p) => (
          <li key={p.productId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <Link href={productHref(p.productId)} className="min-w-0 font-medium text-brand-700 hover:underline">
              {nameOf(p.productId)}
            </Link>
            <span className="flex flex-wrap gap-x-4 gap-y-1 tabular-nums text-slate-700">
              <span>{t("summary.direct", { kg: mass(p.directKg) })}</span>
              <span>{t("summary.allocated", { kg: mass(p.allocatedKg) })}</span>
              <span className="font-semibold text-slate-900">{t("summary.total", { kg: mass(p.totalKg) })}</span>
            </span>
          </li>
        ))}
        <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
          <span className="text-slate-700">{t("summary.unallocated")}</span>
          <span
            className={`tabular-nums font-medium ${Number(allocation.unallocatedKg) !== 0 ? "text-amber-700" : "text-slate-900"}`}
            data-testid="summary-unallocated"
          >
            {mass(allocation.unallocatedKg)}
          </span>
        </li>
        <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 font-semibold">
          <span className="text-slate-900">{t("summary.organization")}</span>
          <span className="tabular-nums text-slate-900">{mass(allocation.organizationKg)}</span>
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-500">{t("summary.note")}</p>
    </Card>
  );
}
