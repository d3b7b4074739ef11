import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { localName, otherName, regionName } from "@/components/factors/format";
import { formatDecimal } from "@/lib/numbers/format";
import type { TFactorHit } from "@/lib/factors/db/search";
import { categoryPathLabel } from "@/lib/factors/labels/categories";
import { factorUnitLabel } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

export function factorHref(orgSlug: string, hit: Pick<TFactorHit, "kind" | "id">): string {
  return hit.kind === "custom"
    ? `/${orgSlug}/factors/custom/${hit.id}`
    : `/${orgSlug}/factors/${encodeURIComponent(hit.id)}`;
}

// Phones show the name column only, with a one-line summary (value, unit, region, year) inside it.
const WIDE = "hidden sm:table-cell";

export async function FactorResultsTable({ orgSlug, hits }: { orgSlug: string; hits: TFactorHit[] }) {
  const t = await getTranslations("factors");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const uncertainty = (pct: string | null) =>
    pct === null ? (
      <span className="text-slate-500">{t("uncertaintyUnknown")}</span>
    ) : (
      t("uncertainty", { value: formatDecimal(pct, locale) })
    );
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th className={`${WIDE} text-right`}>{t("columns.value")}</Th>
          <Th className={WIDE}>{t("columns.region")}</Th>
          <Th className={WIDE}>{t("columns.year")}</Th>
          <Th className={WIDE}>{t("columns.source")}</Th>
          <Th className={WIDE}>{t("columns.uncertainty")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {hits.map((hit) => {
          const secondary = otherName(hit, locale);
          const category =
            hit.kind === "library" ? categoryPathLabel(hit.source, hit.categoryPath, lang).join(" › ") : "";
          return (
            <tr key={`${hit.kind}:${hit.id}`} className="align-top">
              <Td className="align-top sm:min-w-56 sm:max-w-sm 2xl:max-w-md">
                <Link href={factorHref(orgSlug, hit)} className="font-medium text-brand-700 hover:underline">
                  {localName(hit, locale)}
                </Link>
                {hit.kind === "custom" ? (
                  <span className="ml-2">
                    <Badge tone="blue">{t("customBadge")}</Badge>
                  </span>
                ) : null}
                {hit.kind === "library" && hit.status !== "valid" ? (
                  <span className="ml-2">
                    <Badge tone={hit.status === "review" ? "amber" : "slate"}>{t(`statuses.${hit.status}`)}</Badge>
                  </span>
                ) : null}
                {secondary ? <span className="block text-xs text-slate-500">{secondary}</span> : null}
                {hit.kind === "library" ? (
                  <span className="mt-0.5 block text-xs text-slate-500 sm:truncate" title={category}>
                    {category}
                  </span>
                ) : null}
                <span className="mt-1 block text-sm text-slate-800 sm:hidden">
                  <span className="font-medium tabular-nums">{formatDecimal(hit.value, locale)}</span>{" "}
                  <span className="text-xs text-slate-500">
                    {factorUnitLabel(hit, lang)} · {hit.region ? regionName(hit.region, locale) : "—"}
                    {hit.referenceYear ? ` · ${hit.referenceYear}` : ""}
                  </span>
                </span>
              </Td>
              <Td className={`${WIDE} whitespace-nowrap text-right align-top tabular-nums`}>
                <span className="font-medium">{formatDecimal(hit.value, locale)}</span>
                <span className="block text-xs text-slate-500">{factorUnitLabel(hit, lang)}</span>
              </Td>
              <Td className={`${WIDE} align-top`}>{hit.region ? regionName(hit.region, locale) : "—"}</Td>
              <Td className={`${WIDE} align-top tabular-nums`}>{hit.referenceYear ?? "—"}</Td>
              <Td className={`${WIDE} align-top`}>
                {hit.kind === "library" ? (
                  <span className="whitespace-nowrap">
                    {t.has(`sourceShort.${hit.source}`) ? t(`sourceShort.${hit.source}`) : hit.source}
                    <span className="block text-xs text-slate-500">{hit.version}</span>
                  </span>
                ) : (
                  <span className="line-clamp-2 text-sm" title={hit.sourceText}>
                    {hit.sourceText}
                  </span>
                )}
              </Td>
              <Td className={`${WIDE} whitespace-nowrap align-top`}>{uncertainty(hit.uncertaintyPct)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
