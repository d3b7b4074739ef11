import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { X } from "lucide-react";
import { FILTER_PARAMS, linesHref, type TLinesFilters, type TLinesQuery } from "@/lib/dashboard/drill-link";
import { begesPosteLabel, ghgCategoryLabel } from "@/lib/dashboard/labels";

type Props = {
  org: string;
  query: TLinesQuery & { period: string };
  names: { sites: Record<string, string>; products: Record<string, string>; types: Record<string, string> };
};

type TChip = { key: string; label: string; without: TLinesFilters };

// The list's active filters, each a link to the same list without it (a new address: back brings it back).
export function FilterChips({ org, query, names }: Props) {
  const t = useTranslations("lines.filters");
  const td = useTranslations("dashboard");
  const tc = useTranslations("collection.categories");
  const locale = useLocale();
  const f = query.filters;
  const labelOf = (key: keyof typeof FILTER_PARAMS, value: string | number): string => {
    switch (key) {
      case "siteIds":
        return t("site", { name: names.sites[value] ?? String(value) });
      case "productIds":
        return t("product", { name: names.products[value] ?? String(value) });
      case "scopes":
        return td(`kpi.scope${value}` as "kpi.scope1");
      case "ghgCategories":
        return td("ghgCategory", { n: value, label: ghgCategoryLabel(Number(value), locale) ?? "" });
      case "begesCategories":
        return `BEGES ${td(`beges.${value}` as "beges.1")}`;
      case "begesPostes":
        return t("poste", { poste: String(value), label: begesPosteLabel(String(value), locale) ?? "" });
      case "entryCategories":
        return tc(`${value}.title` as "energy.title");
      case "activityTypeIds":
        return names.types[value] ?? String(value);
      case "factorSources":
        return t("source", {
          name: td.has(`sources.${value}`) ? td(`sources.${value}` as "sources.ademe") : String(value),
        });
      case "origins":
        return t(`origins.${value}` as "origins.form");
    }
  };
  const chips: TChip[] = [];
  for (const key of Object.keys(FILTER_PARAMS) as (keyof typeof FILTER_PARAMS)[]) {
    const values = (f[key] ?? []) as (string | number)[];
    for (const value of values) {
      const rest = values.filter((v) => v !== value);
      chips.push({
        key: `${key}:${value}`,
        label: labelOf(key, value),
        without: { ...f, [key]: rest.length > 0 ? rest : undefined },
      });
    }
  }
  if (f.withoutSite) chips.push({ key: "noSite", label: td("noSite"), without: { ...f, withoutSite: undefined } });
  if (f.withoutProduct)
    chips.push({ key: "noProduct", label: td("noProduct"), without: { ...f, withoutProduct: undefined } });
  if (chips.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const href = (filters: TLinesFilters) => linesHref(org, { ...query, filters, after: null });
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("active")} data-testid="lines-filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={href(chip.without)}
            className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-900 ring-1 ring-inset ring-brand-100 hover:bg-brand-100"
            aria-label={t("remove", { filter: chip.label })}
          >
            <span className="truncate">{chip.label}</span>
            <X aria-hidden className="size-3.5 shrink-0" />
          </Link>
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <Link href={href({})} className="inline-block px-2 py-1 text-xs font-medium text-slate-600 hover:underline">
            {t("clear")}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
