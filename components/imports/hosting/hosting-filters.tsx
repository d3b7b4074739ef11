import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { THostingFacets } from "@/lib/imports/boavizta/hosting";
import type { THostingFilter } from "@/lib/imports/boavizta/hosting-schemas";

type TOption = { value: string; label: string };
type Props = {
  org: string;
  filter: THostingFilter;
  facets: THostingFacets;
  periods: TOption[];
  products: TOption[];
};

// Period, provider, region, type, product, assessment and tag: a plain GET form, so the filter is the address
// (shareable, works without JavaScript). The sort rides along.
export function HostingFilters({ org, filter, facets, periods, products }: Props) {
  const t = useTranslations("imports.hosting");
  const all = { value: "", label: t("filters.all") };
  const select = (name: keyof THostingFilter, label: string, options: TOption[]) => (
    <label className="block min-w-0 text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={String(filter[name] ?? "")} className={`${controlClass(false)} mt-1`}>
        {[all, ...options].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <form
      method="get"
      action={`/${org}/imports/hosting`}
      aria-label={t("filters.title")}
      className="grid grid-cols-2 items-end gap-3 sm:grid-cols-4 lg:grid-cols-5"
    >
      <input type="hidden" name="sort" value={filter.sort} />
      <input type="hidden" name="dir" value={filter.dir} />
      {select("periodId", t("filters.period"), periods)}
      {select("provider", t("filters.provider"), plain(facets.providers))}
      {select("region", t("filters.region"), plain(facets.regions))}
      {select("type", t("filters.type"), plain(facets.types))}
      {select("productId", t("filters.product"), [{ value: "none", label: t("filters.noProduct") }, ...products])}
      {select("assessed", t("filters.assessed"), [
        { value: "yes", label: t("filters.assessedYes") },
        { value: "no", label: t("filters.assessedNo") },
      ])}
      {select("tagKey", t("filters.tagKey"), plain(facets.tagKeys))}
      <label className="block min-w-0 text-xs font-medium text-slate-600">
        {t("filters.tagValue")}
        <input name="tagValue" defaultValue={filter.tagValue ?? ""} className={`${controlClass(false)} mt-1`} />
      </label>
      <button type="submit" className={buttonClass("secondary", "md")}>
        {t("filters.apply")}
      </button>
    </form>
  );
}
