import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { EstimateForm } from "@/components/imports/hosting/estimate-form";
import type { THostingRow, TTypeMean } from "@/lib/imports/boavizta/hosting";
import { hostingHref, type THostingFilter, type THostingSort } from "@/lib/imports/boavizta/hosting-schemas";
import { formatDecimal } from "@/lib/numbers/format";

type Props = { org: string; filter: THostingFilter; rows: THostingRow[]; canManage: boolean; means: TTypeMean[] };

// Every resource with its GWP per phase as the tool printed it and what the inventory holds for it (after
// PUE and amortisation), its product and tags. Column headers sort (a link each, so no JavaScript needed);
// a resource the tool could not assess says so instead of showing a zero.
export function HostingTable({ org, filter, rows, canManage, means }: Props) {
  const t = useTranslations("imports.hosting");
  const tk = useTranslations("imports.boavizta.kinds");
  const locale = useLocale();
  const n = (v: string | null) => (v === null ? "—" : formatDecimal(v, locale));
  const sortable = (sort: THostingSort, label: string, right = false) => {
    const active = filter.sort === sort;
    const dir = active && filter.dir === "desc" ? "asc" : "desc";
    return (
      <Th className={right ? "text-right" : undefined}>
        <span aria-sort={active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined}>
          <Link href={hostingHref(org, { ...filter, sort, dir, page: 1 })} className="hover:underline">
            {label}
            {active ? (filter.dir === "asc" ? " ▲" : " ▼") : ""}
          </Link>
        </span>
      </Th>
    );
  };
  // What a not-assessed resource shows: never a zero; its estimate when one was entered; the form to enter one.
  const notAssessed = (r: THostingRow, place: "card" | "row") => (
    <div className="text-amber-800">
      <p>{r.estimated ? t("table.notAssessedEstimated") : t("table.notAssessed")}</p>
      {r.estimated && r.inventoryKg !== null ? (
        <p className="mt-1 text-slate-800" data-testid="hosting-estimate">
          {t("estimate.current", { kg: n(r.inventoryKg) })}
        </p>
      ) : null}
      {canManage ? (
        <details className="mt-1 text-slate-800">
          <summary className="cursor-pointer text-sm text-brand-700 underline">
            {r.estimated ? t("estimate.change") : t("estimate.open")}
          </summary>
          <EstimateForm orgSlug={org} resourceId={r.id} means={means} place={place} />
        </details>
      ) : null}
    </div>
  );
  const tagsOf = (r: THostingRow) =>
    Object.entries(r.tags)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
  return (
    <>
      {/* On a phone: one block per resource, the same figures, no sideways scrolling. */}
      <ul className="space-y-2 sm:hidden" aria-label={t("table.label")}>
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
            <p className="font-medium">{r.name}</p>
            <p className="text-xs text-slate-500">
              {[tk(r.kind), r.provider, r.region ?? r.location, r.resourceType].filter(Boolean).join(" · ")}
            </p>
            {r.assessed ? (
              <dl className="mt-2 grid grid-cols-3 gap-2 text-xs">
                <div>
                  <dt className="text-slate-500">{t("table.gwpEmbedded")}</dt>
                  <dd className="tabular-nums">{n(r.gwpEmbedded)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("table.gwpUse")}</dt>
                  <dd className="tabular-nums">{n(r.gwpUse)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("table.inventory")}</dt>
                  <dd className="font-medium tabular-nums">{n(r.inventoryKg)}</dd>
                </div>
              </dl>
            ) : (
              <div className="mt-2">{notAssessed(r, "card")}</div>
            )}
            {r.productName || tagsOf(r) ? (
              <p className="mt-2 text-xs text-slate-600">{[r.productName, tagsOf(r)].filter(Boolean).join(" · ")}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("table.label")}>
          <thead>
            <tr>
              {sortable("name", t("table.name"))}
              {sortable("provider", t("table.provider"))}
              {sortable("region", t("table.region"))}
              {sortable("type", t("table.type"))}
              {sortable("gwpEmbedded", t("table.gwpEmbedded"), true)}
              {sortable("gwpUse", t("table.gwpUse"), true)}
              {sortable("inventory", t("table.inventory"), true)}
              <Th>{t("table.product")}</Th>
              <Th>{t("table.tags")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="hosting-row">
                <Td>
                  <span className="font-medium">{r.name}</span>
                  <span className="block text-xs text-slate-500">{tk(r.kind)}</span>
                </Td>
                <Td>{r.provider ?? "—"}</Td>
                <Td>{r.region ?? r.location ?? "—"}</Td>
                <Td>{r.resourceType ?? "—"}</Td>
                {r.assessed ? (
                  <>
                    <Td className="text-right tabular-nums">{n(r.gwpEmbedded)}</Td>
                    <Td className="text-right tabular-nums">{n(r.gwpUse)}</Td>
                    <Td className="text-right tabular-nums">{n(r.inventoryKg)}</Td>
                  </>
                ) : (
                  <td className="px-4 py-3 align-middle text-sm" colSpan={3}>
                    {notAssessed(r, "row")}
                  </td>
                )}
                <Td>{r.productName ?? "—"}</Td>
                <Td className="text-xs text-slate-600">{tagsOf(r) || "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
