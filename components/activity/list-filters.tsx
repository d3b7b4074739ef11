import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { TListParams } from "@/lib/activity/list-params";
import { ACTIVITY_SORTS } from "@/lib/activity/sorts";
import { ACTIVITY_STATUSES } from "@/lib/activity/schemas";

type TOption = { id: string; name: string };
type Props = { params: TListParams; periodId: string; periods: TOption[]; sites: TOption[]; types: TOption[] };

// The category list's filters as a GET form: the address holds them, so a filtered list can be shared.
export function ListFilters({ params, periodId, periods, sites, types }: Props) {
  const t = useTranslations("collection.filters");
  const ts = useTranslations("activity.status");
  const select = (name: string, label: string, value: string | undefined, options: TOption[], all?: string) => (
    <label className="block min-w-0 text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={controlClass(false)}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      aria-label={t("label")}
      className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-3 xl:grid-cols-6"
    >
      {select("period", t("period"), periodId, periods)}
      {select("site", t("site"), params.site, sites, t("all"))}
      {select("type", t("type"), params.type, types, t("all"))}
      {select(
        "status",
        t("status"),
        params.status,
        ACTIVITY_STATUSES.map((s) => ({ id: s, name: ts(s) })),
        t("all"),
      )}
      {select(
        "sort",
        t("sort"),
        params.sort,
        ACTIVITY_SORTS.map((s) => ({ id: s, name: t(`sorts.${s}`) })),
      )}
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
