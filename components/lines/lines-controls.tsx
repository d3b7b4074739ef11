import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { choiceOptions } from "@/components/dashboard/report-choices";
import { controlClass } from "@/components/ui/field";
import { linesHref, type TLinesQuery } from "@/lib/dashboard/drill-link";

type Props = { org: string; periods: { id: string; label: string }[]; query: TLinesQuery & { period: string } };

// Period, data counted and scope-2 method: a plain GET form, so the choice becomes the address (the
// filters ride along as hidden fields) and works without JavaScript.
export function LinesControls({ org, periods, query }: Props) {
  const t = useTranslations("dashboard.controls");
  const tl = useTranslations("lines");
  const hidden = [...new URLSearchParams(linesHref(org, { filters: query.filters }).split("?")[1] ?? "")];
  const select = (name: "period" | "basis" | "scope2", options: { value: string; label: string }[]) => (
    <label className="block min-w-0 text-xs font-medium text-slate-600">
      {t(name)}
      <select name={name} defaultValue={query[name]} className={`${controlClass(false)} mt-1`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={`/${org}/lines`} className="grid grid-cols-2 items-end gap-3 sm:grid-cols-4">
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      {select(
        "period",
        periods.map((p) => ({ value: p.id, label: p.label })),
      )}
      {select("basis", choiceOptions("basis", t))}
      {select("scope2", choiceOptions("scope2", t))}
      <button type="submit" className={buttonClass("secondary", "md")}>
        {tl("apply")}
      </button>
    </form>
  );
}
