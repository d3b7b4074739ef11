"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { setProductVolumesAction } from "@/app/actions/products";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { formatForInput, formatNumber } from "@/lib/numbers/format";
import { zProductVolumes } from "@/lib/products/volume-schemas";

// How many functional units each product produced or sold in each period: one small form per product,
// one field per period (empty = no volume). The dashboard divides the product's emissions by it.

type TPeriod = { id: string; label: string; locked: boolean };
export type TVolumeProduct = { id: string; name: string; functionalUnit: string; volumes: Record<string, string> };

function ProductVolumesForm({
  orgSlug,
  product,
  periods,
}: {
  orgSlug: string;
  product: TVolumeProduct;
  periods: TPeriod[];
}) {
  const t = useTranslations("products.volumes");
  const tc = useTranslations("common");
  const locale = useLocale();
  const [saved, setSaved] = useState(false);
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: zProductVolumes,
    defaultValues: {
      productId: product.id,
      volumes: periods.map((p) => ({ periodId: p.id, volume: formatForInput(product.volumes[p.id], locale) })),
    },
    submit: (values) => {
      setSaved(false);
      return setProductVolumesAction(orgSlug, values);
    },
    onSuccess: () => setSaved(true),
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      id={`volumes-${product.id}`}
      aria-label={t("formLabel", { name: product.name })}
      className="scroll-mt-20 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 className="text-sm font-semibold text-slate-900">{product.name}</h3>
      <p className="text-xs text-slate-500">{t("unitHint", { unit: product.functionalUnit })}</p>
      <FormError message={formError} />
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {periods.map((period, index) => (
          <FormField
            key={period.id}
            bind={bind}
            name={`volumes.${index}.volume`}
            id={`volume-${product.id}-${period.id}`}
            label={period.label}
            inputMode="decimal"
            readOnly={period.locked}
            className="[&_input:read-only]:bg-slate-100 [&_input:read-only]:text-slate-500"
            hint={period.locked ? t("locked") : undefined}
          />
        ))}
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" size="sm" disabled={submitting}>
          {tc("save")}
        </Button>
        {saved ? (
          <span role="status" className="text-xs text-emerald-700">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}

export function ProductVolumes({
  orgSlug,
  products,
  periods,
  canManage,
}: {
  orgSlug: string;
  products: TVolumeProduct[];
  periods: TPeriod[];
  canManage: boolean;
}) {
  const t = useTranslations("products.volumes");
  const locale = useLocale();
  if (products.length === 0) return null;
  return (
    <section aria-labelledby="volumes-title" className="mt-8 space-y-3">
      <div>
        <h2 id="volumes-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{periods.length === 0 ? t("noPeriods") : t("subtitle")}</p>
      </div>
      {periods.length === 0
        ? null
        : products.map((product) =>
            canManage ? (
              <ProductVolumesForm key={product.id} orgSlug={orgSlug} product={product} periods={periods} />
            ) : (
              <div key={product.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <h3 className="font-semibold text-slate-900">{product.name}</h3>
                <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                  {periods.map((p) => (
                    <li key={p.id} className="tabular-nums">
                      <span className="text-slate-500">{p.label}</span>{" "}
                      {product.volumes[p.id]
                        ? `${formatNumber(product.volumes[p.id]!, locale, 6)} × ${product.functionalUnit}`
                        : "—"}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
    </section>
  );
}
