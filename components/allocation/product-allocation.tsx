import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TProductFootprint } from "@/lib/dashboard/product-footprint";
import { formatEmission, formatNumber, formatPercent, unitFor } from "@/lib/numbers/format";

// What makes a product's total on its page: the lines tagged with it (direct, a link to them) and each
// shared post allocated to it, with the key, the product's input, its share and the kg it receives.

export function ProductAllocation({
  footprint,
  postLabels,
  directHref,
  postHref,
  manageHref,
}: {
  footprint: TProductFootprint;
  postLabels: Record<string, string>;
  directHref: string;
  postHref: (post: string) => string;
  manageHref: string;
}) {
  const t = useTranslations("allocation");
  const locale = useLocale();
  const unit = unitFor([footprint.kgCO2e]);
  const mass = (kg: string) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "t" : "kg"}`;
  const input = (kind: string, weight: string) =>
    kind === "REVENUE"
      ? `${formatNumber(weight, locale, 2)} €`
      : kind === "HOSTING"
        ? `${formatEmission(weight, "kg", locale)} kg Boavizta`
        : `${formatNumber(weight, locale, 6)} ${t(`units.${kind}` as "units.CUSTOM")}`;
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-base font-semibold text-slate-900">{t("product.title")}</h2>
        <Link href={manageHref} className="text-sm font-medium text-brand-700 hover:underline">
          {t("product.manage")}
        </Link>
      </div>
      <ul className="mt-3 divide-y divide-slate-100 text-sm" data-testid="product-allocation">
        <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
          <Link href={directHref} className="min-w-0 font-medium text-brand-700 hover:underline">
            {t("product.direct")}
          </Link>
          <span className="tabular-nums text-slate-900" data-testid="product-direct">
            {mass(footprint.directKgCO2e)}
          </span>
        </li>
        {footprint.allocated.map((p) => (
          <li key={p.post} className="py-2" data-testid="product-allocated-post" data-post={p.post}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <Link href={postHref(p.post)} className="min-w-0 font-medium text-brand-700 hover:underline">
                {postLabels[p.post] ?? p.post}
              </Link>
              <span className="tabular-nums text-slate-900">{mass(p.kg)}</span>
            </div>
            <p className="text-xs text-slate-500">
              {p.kind === "CUSTOM"
                ? t("product.keyLineCustom", {
                    key: t(`kinds.${p.kind}`),
                    share: formatPercent(Number(p.share), locale),
                  })
                : t("product.keyLine", {
                    key: t(`kinds.${p.kind}`),
                    input: input(p.kind, p.weight),
                    share: formatPercent(Number(p.share), locale),
                  })}
            </p>
          </li>
        ))}
        <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 font-semibold">
          <span className="text-slate-900">{t("product.total")}</span>
          <span className="tabular-nums text-slate-900">{mass(footprint.kgCO2e)}</span>
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-500">
        {footprint.allocated.length === 0
          ? t(footprint.hasKeys ? "product.noneForProduct" : "product.none")
          : t("product.note")}{" "}
        {Number(footprint.unallocatedKgCO2e) !== 0
          ? t("product.unallocated", { kg: mass(footprint.unallocatedKgCO2e) })
          : null}
      </p>
    </Card>
  );
}
