"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { controlClass } from "@/components/ui/field";
import { contributionBudget } from "@/lib/contributions/totals";
import { formatAmount, formatNumber } from "@/lib/numbers/format";
import { parseUserNumber } from "@/lib/numbers/user-number";

// The residual footprint (the latest gross inventory) turned into euros at an internal carbon price the
// reader types: a budget to fund projects with, never a tonne taken off the inventory.
export function BudgetHelper({ footprint }: { footprint: { year: number; tonnes: number } | null }) {
  const t = useTranslations("contributions.budget");
  const locale = useLocale();
  const [price, setPrice] = useState("100");
  const parsed = parseUserNumber(price, locale);
  const budget = contributionBudget(footprint?.tonnes ?? null, parsed === null ? null : Number(parsed));
  return (
    <div className="space-y-3">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">
        {footprint
          ? t("footprint", { year: footprint.year, tonnes: formatNumber(footprint.tonnes, locale, 1) })
          : t("noFootprint")}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 sm:items-end">
        <label htmlFor="carbon-price" className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          {t("price")}
          <input
            id="carbon-price"
            inputMode="decimal"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            className={controlClass(parsed === null)}
          />
        </label>
        <p className="text-sm" aria-live="polite">
          {t("result")}{" "}
          <strong className="text-lg tabular-nums" data-testid="contribution-budget">
            {budget === null ? "—" : formatAmount(budget, "EUR", locale)}
          </strong>
        </p>
      </div>
    </div>
  );
}
