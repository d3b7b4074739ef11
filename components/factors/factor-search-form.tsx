import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { CUSTOM_SOURCE, FACTOR_STATUSES, type TFactorSearch } from "@/lib/factors/db/search-params";
import type { TFactorFilterOptions } from "@/lib/factors/db/queries";
import { categoryFilterOptions } from "@/lib/factors/labels/categories";
import { unitName } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

type Props = {
  action: string;
  search: TFactorSearch;
  options: TFactorFilterOptions;
  regionLabel: (code: string) => string;
};

// A plain GET form: the search lives in the URL, works without JavaScript and can be shared.
export async function FactorSearchForm({ action, search, options, regionLabel }: Props) {
  const t = await getTranslations("factors");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const label = "block text-xs font-medium text-slate-600";
  const sourceLabel = (s: string) => (t.has(`sources.${s}`) ? t(`sources.${s}`) : s);
  const select = (
    name: keyof TFactorSearch,
    title: string,
    all: string,
    values: Array<{ value: string; label: string }>,
  ) => (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`factor-${name}`} className={label}>
        {title}
      </label>
      <select
        id={`factor-${name}`}
        name={name}
        defaultValue={String(search[name] ?? "")}
        className={controlClass(false)}
      >
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("search.label")}
      className="mb-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div>
        <label htmlFor="factor-q" className="mb-1 block text-sm font-medium text-slate-700">
          {t("search.label")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <div className="relative min-w-0 flex-1">
            <Search
              aria-hidden
              className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-slate-400"
            />
            <input
              id="factor-q"
              name="q"
              type="search"
              defaultValue={search.q ?? ""}
              placeholder={t("search.placeholder")}
              aria-describedby="factor-q-hint"
              className={`${controlClass(false)} pl-9`}
            />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            {t("search.submit")}
          </button>
          <Link href={action} className={buttonClass("ghost")}>
            {t("search.reset")}
          </Link>
        </div>
        <p id="factor-q-hint" className="mt-1 text-xs text-slate-500">
          {t("search.hint")}
        </p>
      </div>
      <fieldset className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-6">
        <legend className="sr-only">{t("filters.label")}</legend>
        {select(
          "source",
          t("filters.source"),
          t("filters.allSources"),
          [...options.sources, CUSTOM_SOURCE].map((s) => ({ value: s, label: sourceLabel(s) })),
        )}
        {select(
          "category",
          t("filters.category"),
          t("filters.allCategories"),
          categoryFilterOptions(options.categories, lang),
        )}
        {select(
          "unit",
          t("filters.unit"),
          t("filters.allUnits"),
          options.units
            .map((u) => ({ value: u, label: unitName(u, lang) }))
            .sort((a, b) => a.label.localeCompare(b.label, lang)),
        )}
        {select(
          "region",
          t("filters.region"),
          t("filters.allRegions"),
          options.regions.map((r) => ({ value: r, label: regionLabel(r) })),
        )}
        {select(
          "year",
          t("filters.year"),
          t("filters.allYears"),
          options.years.map((y) => ({ value: String(y), label: String(y) })),
        )}
        {select(
          "status",
          t("filters.status"),
          t("filters.allStatuses"),
          FACTOR_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        )}
      </fieldset>
    </form>
  );
}
