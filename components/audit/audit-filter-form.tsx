import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { AuditFilter } from "@/lib/audit-log/filters";

type Props = {
  action: string;
  filter: AuditFilter;
  actors: { id: string; email: string }[];
  entityTypes: string[];
  entityLabel: (type: string) => string;
};

// A plain GET form: the filter lives in the URL, works without JavaScript and can be bookmarked or shared.
export async function AuditFilterForm({ action, filter, actors, entityTypes, entityLabel }: Props) {
  const t = await getTranslations("audit");
  const label = "block text-xs font-medium text-slate-600";
  return (
    <form
      method="get"
      action={action}
      aria-label={t("filters")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <div className="space-y-1">
        <label htmlFor="audit-actor" className={label}>
          {t("actor")}
        </label>
        <select id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} className={controlClass(false)}>
          <option value="">{t("allActors")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-entity" className={label}>
          {t("entityType")}
        </label>
        <select id="audit-entity" name="entity" defaultValue={filter.entity ?? ""} className={controlClass(false)}>
          <option value="">{t("allEntities")}</option>
          {entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityLabel(type)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className={label}>
          {t("from")}
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={filter.from ?? ""}
          className={controlClass(false)}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className={label}>
          {t("to")}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={controlClass(false)} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
